import { eq } from 'drizzle-orm';
import type { Database, Executor } from '../../platform/db/database';
import { recordEvent } from '../../platform/events/domain-event';
import type { AuditActor } from '../../platform/http/audit-actor';
import { AppError, notFound } from '../../platform/http/errors';
import { versionConflict } from '../../platform/http/etag';
import { recordAudit } from '../identity';
import { employees } from '../workforce/schema';
import { lockClientForChange } from './client.service';
import type { CreateTaskInput, TaskListQuery, UpdateTaskInput } from './dto';
import { taskCompleted, taskCreated, taskDeleted, taskUpdated } from './events';
import { deleteTask, findTask, findTasks, insertTask, type TaskRow, updateTask } from './task.repository';

const taskFacts = (task: Pick<TaskRow, 'id' | 'clientId' | 'title' | 'dueAt' | 'assigneeEmployeeId'>) => ({
  taskId: task.id,
  clientId: task.clientId,
  title: task.title,
  dueAt: task.dueAt?.toISOString() ?? null,
  assigneeEmployeeId: task.assigneeEmployeeId,
});

// Read-only look-up in the workforce module's table: tasks go to employees who still work here.
async function assertAssignable(executor: Executor, employeeId: number | null | undefined) {
  if (employeeId === null || employeeId === undefined) return;
  const [employee] = await executor
    .select({ status: employees.status })
    .from(employees)
    .where(eq(employees.id, employeeId));
  if (!employee || employee.status === 'terminated') {
    throw new AppError('invalid_assignee', 400, `Employee ${employeeId} does not exist or has left`, {
      errors: [{ parameter: 'body.assigneeEmployeeId', message: 'must be a current employee' }],
    });
  }
}

/** Follow-ups with due dates, assigned to employees; made by hand or by the relationship rules. */
export function createTaskService(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;

  async function existing(executor: Executor, id: number) {
    const task = await findTask(executor, id);
    if (!task) throw notFound('task', id);
    return task;
  }

  return {
    listTasks: (query: TaskListQuery) => findTasks(db, query),

    getTask: (id: number) => existing(db, id),

    async createTask(actor: AuditActor, input: CreateTaskInput) {
      const user = actor.user;
      if (!user) throw new AppError('authentication_required', 401, 'Sign in to use this endpoint');
      return db.transaction(async (tx) => {
        await lockClientForChange(tx, user, input.clientId, { ownership: false });
        await assertAssignable(tx, input.assigneeEmployeeId);
        const task = await insertTask(tx, {
          clientId: input.clientId,
          title: input.title,
          description: input.description ?? null,
          dueAt: input.dueAt ?? null,
          assigneeEmployeeId: input.assigneeEmployeeId ?? null,
          source: 'manual',
          createdBy: user.id,
        });
        await recordEvent(tx, taskCreated, {
          aggregateId: task.id,
          payload: { ...taskFacts(task), source: task.source },
          actor,
        });
        await recordAudit(tx, actor, {
          action: 'create',
          resource: 'client_task',
          resourceId: task.id,
          after: task,
        });
        return task;
      });
    },

    async updateTask(actor: AuditActor, id: number, input: UpdateTaskInput, expectedVersion?: number) {
      return db.transaction(async (tx) => {
        const current = await existing(tx, id);
        await assertAssignable(tx, input.assigneeEmployeeId);
        const changes: Partial<TaskRow> = { ...input };
        // A new due date deserves its own reminder; reopening clears the completion.
        if (input.dueAt !== undefined && input.dueAt?.getTime() !== current.dueAt?.getTime())
          changes.reminderSentAt = null;
        if (input.status !== undefined && input.status !== current.status) {
          changes.completedAt = input.status === 'done' ? clock() : null;
        }
        const updated = await updateTask(tx, id, changes, expectedVersion);
        if (!updated) throw versionConflict('task');
        const changedFields = Object.keys(input).filter(
          (field) =>
            JSON.stringify(current[field as keyof TaskRow]) !==
            JSON.stringify(updated[field as keyof TaskRow]),
        );
        if (updated.status === 'done' && current.status !== 'done') {
          await recordEvent(tx, taskCompleted, { aggregateId: id, payload: taskFacts(updated), actor });
        } else {
          await recordEvent(tx, taskUpdated, {
            aggregateId: id,
            payload: { ...taskFacts(updated), changedFields },
            actor,
          });
        }
        await recordAudit(tx, actor, {
          action: 'update',
          resource: 'client_task',
          resourceId: id,
          before: current,
          after: updated,
        });
        return updated;
      });
    },

    async completeTask(actor: AuditActor, id: number, expectedVersion?: number) {
      return db.transaction(async (tx) => {
        const current = await existing(tx, id);
        if (current.status !== 'open') {
          throw new AppError('task_not_open', 409, `Task ${id} is ${current.status}, not open`);
        }
        const updated = await updateTask(tx, id, { status: 'done', completedAt: clock() }, expectedVersion);
        if (!updated) throw versionConflict('task');
        await recordEvent(tx, taskCompleted, { aggregateId: id, payload: taskFacts(updated), actor });
        await recordAudit(tx, actor, {
          action: 'complete',
          resource: 'client_task',
          resourceId: id,
          before: { status: current.status },
          after: { status: updated.status, completedAt: updated.completedAt },
        });
        return updated;
      });
    },

    async deleteTask(actor: AuditActor, id: number, expectedVersion?: number) {
      await db.transaction(async (tx) => {
        const current = await existing(tx, id);
        if (expectedVersion !== undefined && current.version !== expectedVersion)
          throw versionConflict('task');
        await deleteTask(tx, id);
        await recordEvent(tx, taskDeleted, {
          aggregateId: id,
          payload: { taskId: id, clientId: current.clientId },
          actor,
        });
        await recordAudit(tx, actor, {
          action: 'delete',
          resource: 'client_task',
          resourceId: id,
          before: current,
        });
      });
    },
  };
}
