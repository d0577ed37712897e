import type { Database, Executor } from '../../platform/db/database';
import { constraintViolationOf, sqlState } from '../../platform/db/errors';
import { recordEvent } from '../../platform/events/domain-event';
import type { AuditActor } from '../../platform/http/audit-actor';
import { AppError, notFound } from '../../platform/http/errors';
import { versionConflict } from '../../platform/http/etag';
import { recordAudit } from '../identity';
import {
  countCategoryDependents,
  deleteCategoryRow,
  findAllCategories,
  findCategoryById,
  findCategoryLineage,
  insertCategory,
  lockCategoryTree,
  slugExists,
  updateCategoryRow,
} from './category.repository';
import type { CategoryDto, CategoryNodeDto, CreateCategoryInput, UpdateCategoryInput } from './dto';
import { categoryCreated, categoryDeleted, categoryUpdated } from './events';

const slugTaken = (slug: string) =>
  new AppError('slug_taken', 409, `A category with slug ${slug} exists already`, {
    errors: [{ parameter: 'body.slug', message: 'is taken' }],
  });

const parentMissing = (id: number) =>
  new AppError('category_not_found', 400, `Parent category ${id} does not exist`, {
    errors: [{ parameter: 'body.parentId', message: 'must name an existing category' }],
  });

/** "Contact Centre Hardware" → "contact-centre-hardware". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 90)
    .replace(/-+$/, '');
  return slug || 'category';
}

/** Nests a flat list (children sorted as the list is) under their parents. */
export function buildCategoryTree(categories: CategoryDto[]): CategoryNodeDto[] {
  const nodes = new Map<number, CategoryNodeDto>(
    categories.map((category) => [category.id, { ...category, children: [] }]),
  );
  const roots: CategoryNodeDto[] = [];
  for (const category of categories) {
    const node = nodes.get(category.id) as CategoryNodeDto;
    const parent = category.parentId === null ? undefined : nodes.get(category.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

function auditView(category: CategoryDto) {
  const { productCount: _count, updatedAt: _updated, ...rest } = category;
  return rest;
}

/** The category tree: products hang off any level; a category is deleted only when nothing depends on it. */
export function createCategoryService(deps: { db: Database }) {
  const { db } = deps;

  async function existing(id: number, executor: Executor = db) {
    const category = await findCategoryById(executor, id);
    if (!category) throw notFound('category', id);
    return category;
  }

  async function freeSlugFor(executor: Executor, name: string) {
    const base = slugify(name);
    for (let attempt = 1; ; attempt++) {
      const candidate = attempt === 1 ? base : `${base}-${attempt}`;
      if (!(await slugExists(executor, candidate))) return candidate;
    }
  }

  async function guardingConflicts<T>(
    slug: string | undefined,
    parentId: number | null | undefined,
    work: () => Promise<T>,
  ) {
    try {
      return await work();
    } catch (error) {
      if (slug && constraintViolationOf(error, sqlState.uniqueViolation)) throw slugTaken(slug);
      // The parent was deleted between the check and the write.
      if (parentId && constraintViolationOf(error, sqlState.foreignKeyViolation))
        throw parentMissing(parentId);
      throw error;
    }
  }

  return {
    listTree: async () => ({ items: buildCategoryTree(await findAllCategories(db)) }),

    getCategory: (id: number) => existing(id),

    async createCategory(actor: AuditActor, input: CreateCategoryInput) {
      if (input.parentId && !(await findCategoryById(db, input.parentId)))
        throw parentMissing(input.parentId);
      if (input.slug && (await slugExists(db, input.slug))) throw slugTaken(input.slug);
      const slug = input.slug ?? (await freeSlugFor(db, input.name));
      return guardingConflicts(slug, input.parentId, () =>
        db.transaction(async (tx) => {
          const id = await insertCategory(tx, {
            name: input.name,
            slug,
            description: input.description ?? null,
            parentId: input.parentId ?? null,
          });
          const category = await existing(id, tx);
          await recordEvent(tx, categoryCreated, {
            aggregateId: id,
            payload: { categoryId: id, name: category.name, parentId: category.parentId },
            actor,
          });
          await recordAudit(tx, actor, {
            action: 'create',
            resource: 'product_category',
            resourceId: id,
            after: auditView(category),
          });
          return category;
        }),
      );
    },

    /** Renames or moves a category; moving it under itself or one of its descendants is a 409. */
    async updateCategory(
      actor: AuditActor,
      id: number,
      changes: UpdateCategoryInput,
      expectedVersion?: number,
    ) {
      await existing(id);
      if (changes.slug !== undefined && (await slugExists(db, changes.slug, id)))
        throw slugTaken(changes.slug);
      return guardingConflicts(changes.slug, changes.parentId, () =>
        db.transaction(async (tx) => {
          if (changes.parentId !== undefined) await lockCategoryTree(tx);
          const before = await existing(id, tx);
          if (expectedVersion !== undefined && before.version !== expectedVersion)
            throw versionConflict('category');
          if (changes.parentId) {
            if (!(await findCategoryById(tx, changes.parentId))) throw parentMissing(changes.parentId);
            const lineage = await findCategoryLineage(tx, changes.parentId);
            if (lineage.includes(id)) {
              throw new AppError(
                'category_cycle',
                409,
                changes.parentId === id
                  ? 'A category cannot be its own parent'
                  : `Category ${changes.parentId} is below category ${id}; moving ${id} under it would make a loop`,
                { errors: [{ parameter: 'body.parentId', message: 'would make a loop' }] },
              );
            }
          }
          if (!(await updateCategoryRow(tx, id, changes, expectedVersion))) throw versionConflict('category');
          const after = await existing(id, tx);
          const changedFields = (['name', 'slug', 'description', 'parentId'] as const).filter(
            (field) => before[field] !== after[field],
          );
          await recordEvent(tx, categoryUpdated, {
            aggregateId: id,
            payload: { categoryId: id, name: after.name, parentId: after.parentId, changedFields },
            actor,
          });
          await recordAudit(tx, actor, {
            action: 'update',
            resource: 'product_category',
            resourceId: id,
            before: auditView(before),
            after: auditView(after),
          });
          return after;
        }),
      );
    },

    async deleteCategory(actor: AuditActor, id: number, expectedVersion?: number) {
      const notEmpty = (parts: string[]) =>
        new AppError(
          'category_not_empty',
          409,
          `Category ${id} still has ${parts.join(', ')}; move or delete them first`,
        );
      try {
        await db.transaction(async (tx) => {
          await lockCategoryTree(tx);
          const category = await existing(id, tx);
          if (expectedVersion !== undefined && category.version !== expectedVersion)
            throw versionConflict('category');
          const dependents = await countCategoryDependents(tx, id);
          const parts = [
            dependents.children ? `${dependents.children} subcategories` : '',
            dependents.products ? `${dependents.products} products` : '',
            dependents.priceRules ? `${dependents.priceRules} price rules` : '',
          ].filter(Boolean);
          if (parts.length > 0) throw notEmpty(parts);
          await deleteCategoryRow(tx, id);
          await recordEvent(tx, categoryDeleted, {
            aggregateId: id,
            payload: { categoryId: id, name: category.name, parentId: category.parentId },
            actor,
          });
          await recordAudit(tx, actor, {
            action: 'delete',
            resource: 'product_category',
            resourceId: id,
            before: auditView(category),
          });
        });
      } catch (error) {
        // A product or subcategory was added between the count and the delete.
        if (constraintViolationOf(error, sqlState.foreignKeyViolation))
          throw notEmpty(['products or subcategories']);
        throw error;
      }
    },
  };
}
