import type { Database, Executor } from '../../platform/db/database';
import { constraintViolation, sqlState } from '../../platform/db/errors';
import type { AuditActor } from '../../platform/http/audit-actor';
import { AppError, notFound } from '../../platform/http/errors';
import { versionConflict } from '../../platform/http/etag';
import { recordAudit } from '../identity';
import { findDepartmentById, findEmployeeCards } from '../workforce';
import { ensureAgentStates } from './agent.repository';
import {
  deleteQueue,
  findQueueById,
  findQueues,
  findQueueUsage,
  insertQueue,
  lockQueues,
  type QueueListRow,
  queueNameTaken,
  replaceQueueMembers,
  updateQueue,
} from './queue.repository';
import { offerWaitingTicketsTo } from './routing.service';
import type { CreateQueueBody, QueueDto, SettingsListQuery, UpdateQueueBody } from './settings.dto';

export const toQueueDto = (row: QueueListRow): QueueDto => ({
  id: row.id,
  name: row.name,
  departmentId: row.departmentId,
  departmentName: row.departmentName,
  strategy: row.strategy,
  memberEmployeeIds: row.members.map((member) => member.employeeId),
  members: row.members,
  waitingTickets: row.waitingTickets,
  version: row.version,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

const nameTaken = (name: string) =>
  new AppError('queue_name_taken', 409, `A queue named ${name} exists already`);

const unprocessable = (code: string, parameter: string, detail: string) =>
  new AppError(code, 422, detail, { errors: [{ parameter, message: detail }] });

/** Work queues: their routing strategy and who works them. */
export function createQueueService(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;

  async function existing(executor: Executor, id: number) {
    const queue = await findQueueById(executor, id);
    if (!queue) throw notFound('queue', id);
    return queue;
  }

  async function checkReferences(executor: Executor, body: Partial<CreateQueueBody>) {
    if (body.departmentId !== undefined && body.departmentId !== null) {
      if (!(await findDepartmentById(executor, body.departmentId))) {
        throw unprocessable(
          'department_not_found',
          'body.departmentId',
          `Department ${body.departmentId} does not exist`,
        );
      }
    }
    if (body.memberEmployeeIds?.length) {
      const found = new Set(
        (await findEmployeeCards(executor, body.memberEmployeeIds)).map((employee) => employee.id),
      );
      const missing = body.memberEmployeeIds.filter((employeeId) => !found.has(employeeId));
      if (missing.length > 0) {
        throw unprocessable(
          'employee_not_found',
          'body.memberEmployeeIds',
          `No employee has id ${missing.join(', ')}`,
        );
      }
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

  /** Members who just joined get the queue's waiting tickets, if they are online and have room. */
  async function offerToJoined(actor: AuditActor, queueName: string, joined: number[]) {
    if (joined.length === 0) return;
    await offerWaitingTicketsTo(db, { employeeIds: joined, why: `joined ${queueName}`, now: clock(), actor });
  }

  return {
    async listQueues(query: SettingsListQuery) {
      const page = await findQueues(db, query);
      return { items: page.items.map(toQueueDto), nextCursor: page.nextCursor };
    },

    getQueue: async (id: number) => toQueueDto(await existing(db, id)),

    async createQueue(actor: AuditActor, body: CreateQueueBody) {
      const { queue, joined } = await guardUniqueName(body.name, () =>
        db.transaction(async (tx) => {
          if (await queueNameTaken(tx, body.name)) throw nameTaken(body.name);
          await checkReferences(tx, body);
          const row = await insertQueue(tx, {
            name: body.name,
            departmentId: body.departmentId,
            strategy: body.strategy,
          });
          const joined = await replaceQueueMembers(tx, row.id, body.memberEmployeeIds);
          await ensureAgentStates(tx, joined);
          const queue = toQueueDto(await existing(tx, row.id));
          await recordAudit(tx, actor, {
            action: 'create',
            resource: 'ticket_queue',
            resourceId: row.id,
            after: queue,
          });
          return { queue, joined };
        }),
      );
      await offerToJoined(actor, queue.name, joined);
      return joined.length > 0 ? toQueueDto(await existing(db, queue.id)) : queue;
    },

    async updateQueue(actor: AuditActor, id: number, changes: UpdateQueueBody, expectedVersion?: number) {
      const { queue, joined } = await guardUniqueName(changes.name, () =>
        db.transaction(async (tx) => {
          const current = await existing(tx, id);
          if (expectedVersion !== undefined && current.version !== expectedVersion)
            throw versionConflict('queue');
          if (changes.name && (await queueNameTaken(tx, changes.name, id))) throw nameTaken(changes.name);
          await checkReferences(tx, changes);
          const row = await updateQueue(
            tx,
            id,
            { name: changes.name, departmentId: changes.departmentId, strategy: changes.strategy },
            current.version,
          );
          if (!row) throw versionConflict('queue');
          const joined =
            changes.memberEmployeeIds === undefined
              ? []
              : await replaceQueueMembers(tx, id, changes.memberEmployeeIds);
          await ensureAgentStates(tx, joined);
          const queue = toQueueDto(await existing(tx, id));
          await recordAudit(tx, actor, {
            action: 'update',
            resource: 'ticket_queue',
            resourceId: id,
            before: toQueueDto(current),
            after: queue,
          });
          return { queue, joined };
        }),
      );
      await offerToJoined(actor, queue.name, joined);
      return joined.length > 0 ? toQueueDto(await existing(db, id)) : queue;
    },

    /**
     * A queue still in use stays (409): categories that route to it, or tickets being worked in it, must
     * move first. Finished tickets keep their history; their queue becomes none.
     */
    deleteQueue: (actor: AuditActor, id: number, expectedVersion?: number) =>
      db.transaction(async (tx) => {
        // The row lock routing takes: no ticket is routed into the queue meanwhile.
        await lockQueues(tx, [id]);
        const current = await existing(tx, id);
        if (expectedVersion !== undefined && current.version !== expectedVersion)
          throw versionConflict('queue');
        const usage = await findQueueUsage(tx, id);
        if (usage.categoryNames.length > 0 || usage.activeTickets > 0) {
          const reasons = [
            usage.categoryNames.length > 0
              ? `categories route to it (${usage.categoryNames.join(', ')})`
              : null,
            usage.activeTickets > 0 ? `${usage.activeTickets} ticket(s) are being worked in it` : null,
          ].filter(Boolean);
          throw new AppError(
            'queue_in_use',
            409,
            `Queue ${current.name} is in use: ${reasons.join(' and ')}; move them to another queue first`,
            { categories: usage.categoryNames, activeTickets: usage.activeTickets },
          );
        }
        await deleteQueue(tx, id);
        await recordAudit(tx, actor, {
          action: 'delete',
          resource: 'ticket_queue',
          resourceId: id,
          before: toQueueDto(current),
        });
      }),
  };
}
