import type { Database, Executor } from '../../platform/db/database';
import { constraintViolation, sqlState } from '../../platform/db/errors';
import type { AuditActor } from '../../platform/http/audit-actor';
import { AppError, notFound } from '../../platform/http/errors';
import { versionConflict } from '../../platform/http/etag';
import { recordAudit } from '../identity';
import { findSkillsByIds } from '../workforce';
import {
  type CategoryListRow,
  categoryNameTaken,
  countCategoryTickets,
  deleteCategory,
  findCategories,
  findCategoryById,
  insertCategory,
  updateCategory,
} from './category.repository';
import { findQueueById } from './queue.repository';
import type { CategoryDto, CreateCategoryBody, SettingsListQuery, UpdateCategoryBody } from './settings.dto';

const toCategoryDto = (row: CategoryListRow): CategoryDto => ({
  id: row.id,
  name: row.name,
  queueId: row.queueId,
  queueName: row.queueName,
  skillId: row.skillId,
  skillName: row.skillName,
  minSkillLevel: row.minSkillLevel,
  version: row.version,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

/** What the portal's support form needs: the names to choose from, none of the routing behind them. */
const toPublicCategoryDto = (row: CategoryListRow): CategoryDto => ({ id: row.id, name: row.name });

const nameTaken = (name: string) =>
  new AppError('category_name_taken', 409, `A category named ${name} exists already`);

const unprocessable = (code: string, parameter: string, detail: string) =>
  new AppError(code, 422, detail, { errors: [{ parameter, message: detail }] });

/** What tickets are about: each category names the queue it goes to and the skill it needs. */
export function createCategoryService(deps: { db: Database }) {
  const { db } = deps;

  async function existing(executor: Executor, id: number) {
    const category = await findCategoryById(executor, id);
    if (!category) throw notFound('category', id);
    return category;
  }

  async function checkReferences(executor: Executor, body: Partial<CreateCategoryBody>) {
    if (
      body.queueId !== undefined &&
      body.queueId !== null &&
      !(await findQueueById(executor, body.queueId))
    ) {
      throw unprocessable('queue_not_found', 'body.queueId', `Queue ${body.queueId} does not exist`);
    }
    if (body.skillId !== undefined && body.skillId !== null) {
      const [skill] = await findSkillsByIds(executor, [body.skillId]);
      if (!skill)
        throw unprocessable('skill_not_found', 'body.skillId', `Skill ${body.skillId} does not exist`);
    }
  }

  async function guardUniqueName<Result>(name: string | undefined, work: () => Promise<Result>) {
    try {
      return await work();
    } catch (error) {
      if (name && constraintViolation(error)?.code === sqlState.uniqueViolation) throw nameTaken(name);
      throw error;
    }
  }

  return {
    /** Staff see routing details; customers (the portal form) only names. */
    async listCategories(query: SettingsListQuery, options: { withRouting: boolean }) {
      const page = await findCategories(db, query);
      return {
        items: page.items.map(options.withRouting ? toCategoryDto : toPublicCategoryDto),
        nextCursor: page.nextCursor,
      };
    },

    createCategory: (actor: AuditActor, body: CreateCategoryBody) =>
      guardUniqueName(body.name, () =>
        db.transaction(async (tx) => {
          if (await categoryNameTaken(tx, body.name)) throw nameTaken(body.name);
          await checkReferences(tx, body);
          const row = await insertCategory(tx, {
            name: body.name,
            queueId: body.queueId,
            skillId: body.skillId,
            minSkillLevel: body.minSkillLevel,
          });
          const category = toCategoryDto(await existing(tx, row.id));
          await recordAudit(tx, actor, {
            action: 'create',
            resource: 'ticket_category',
            resourceId: row.id,
            after: category,
          });
          return category;
        }),
      ),

    updateCategory: (actor: AuditActor, id: number, changes: UpdateCategoryBody, expectedVersion?: number) =>
      guardUniqueName(changes.name, () =>
        db.transaction(async (tx) => {
          const current = await existing(tx, id);
          if (expectedVersion !== undefined && current.version !== expectedVersion) {
            throw versionConflict('category');
          }
          if (changes.name && (await categoryNameTaken(tx, changes.name, id))) throw nameTaken(changes.name);
          await checkReferences(tx, changes);
          const row = await updateCategory(tx, id, changes, current.version);
          if (!row) throw versionConflict('category');
          const category = toCategoryDto(await existing(tx, id));
          await recordAudit(tx, actor, {
            action: 'update',
            resource: 'ticket_category',
            resourceId: id,
            before: toCategoryDto(current),
            after: category,
          });
          return category;
        }),
      ),

    /** A category tickets are filed under stays (409), so reports by category keep their history. */
    deleteCategory: (actor: AuditActor, id: number, expectedVersion?: number) =>
      db.transaction(async (tx) => {
        const current = await existing(tx, id);
        if (expectedVersion !== undefined && current.version !== expectedVersion)
          throw versionConflict('category');
        const filed = await countCategoryTickets(tx, id);
        if (filed > 0) {
          throw new AppError(
            'category_in_use',
            409,
            `${filed} ticket(s) are filed under ${current.name}; rename the category instead of deleting it`,
            { tickets: filed },
          );
        }
        await deleteCategory(tx, id);
        await recordAudit(tx, actor, {
          action: 'delete',
          resource: 'ticket_category',
          resourceId: id,
          before: toCategoryDto(current),
        });
      }),
  };
}
