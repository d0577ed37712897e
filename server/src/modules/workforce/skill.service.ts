import type { Database, Executor } from '../../platform/db/database';
import { constraintViolation, sqlState } from '../../platform/db/errors';
import { recordEvent } from '../../platform/events/domain-event';
import type { AuditActor } from '../../platform/http/audit-actor';
import { AppError, notFound } from '../../platform/http/errors';
import { recordAudit } from '../identity';
import type { SkillDto, SkillListQuery } from './dto';
import { skillCreated, skillDeleted, skillRenamed } from './events';
import {
  deleteUnusedSkill,
  findSkillById,
  findSkills,
  insertSkill,
  renameSkill,
  type SkillWithCount,
  skillNameTaken,
} from './skill.repository';

const nameTaken = (name: string) =>
  new AppError('skill_name_taken', 409, `A skill named ${name} exists already`);

const toSkillDto = (row: SkillWithCount): SkillDto => ({
  id: row.id,
  name: row.name,
  employeeCount: row.employeeCount,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

/**
 * The skills employees can have; ticket routing matches them by name. Skills carry no version (the table
 * has none), so renames take no If-Match: a rename is one field, and the last one wins.
 */
export function createSkillService(deps: { db: Database }) {
  const { db } = deps;

  async function existing(id: number, executor: Executor = db) {
    const skill = await findSkillById(executor, id);
    if (!skill) throw notFound('skill', id);
    return skill;
  }

  async function guardUniqueName<Result>(name: string, work: () => Promise<Result>): Promise<Result> {
    try {
      return await work();
    } catch (error) {
      if (constraintViolation(error)?.code === sqlState.uniqueViolation) throw nameTaken(name);
      throw error;
    }
  }

  return {
    async listSkills(query: SkillListQuery) {
      const page = await findSkills(db, query);
      return { items: page.items.map(toSkillDto), nextCursor: page.nextCursor };
    },

    getSkill: async (id: number) => toSkillDto(await existing(id)),

    createSkill: (actor: AuditActor, name: string) =>
      guardUniqueName(name, () =>
        db.transaction(async (tx) => {
          if (await skillNameTaken(tx, name)) throw nameTaken(name);
          const row = await insertSkill(tx, name);
          const created = toSkillDto({ ...row, employeeCount: 0 });
          await recordAudit(tx, actor, {
            action: 'create',
            resource: 'skill',
            resourceId: row.id,
            after: created,
          });
          await recordEvent(tx, skillCreated, { aggregateId: row.id, payload: { name }, actor });
          return created;
        }),
      ),

    renameSkill: (actor: AuditActor, id: number, name: string) =>
      guardUniqueName(name, () =>
        db.transaction(async (tx) => {
          const current = await existing(id, tx);
          if (current.name === name) return toSkillDto(current);
          if (await skillNameTaken(tx, name, id)) throw nameTaken(name);
          const row = await renameSkill(tx, id, name);
          if (!row) throw notFound('skill', id);
          const renamed = toSkillDto({ ...row, employeeCount: current.employeeCount });
          await recordAudit(tx, actor, {
            action: 'update',
            resource: 'skill',
            resourceId: id,
            before: toSkillDto(current),
            after: renamed,
          });
          await recordEvent(tx, skillRenamed, {
            aggregateId: id,
            payload: { from: current.name, to: name },
            actor,
          });
          return renamed;
        }),
      ),

    /** A skill someone has stays: take it off those employees first. */
    deleteSkill: (actor: AuditActor, id: number) =>
      db.transaction(async (tx) => {
        const current = await existing(id, tx);
        if (!(await deleteUnusedSkill(tx, id))) {
          throw new AppError(
            'skill_in_use',
            409,
            `${current.employeeCount} employee(s) have ${current.name}; remove it from them first`,
          );
        }
        await recordAudit(tx, actor, {
          action: 'delete',
          resource: 'skill',
          resourceId: id,
          before: toSkillDto(current),
        });
        await recordEvent(tx, skillDeleted, { aggregateId: id, payload: { name: current.name }, actor });
      }),
  };
}
