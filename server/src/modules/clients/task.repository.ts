import { and, asc, eq, getTableColumns, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { planKeyset } from '../../platform/db/keyset';
import type { Page } from '../../platform/http/pagination';
import { employees } from '../workforce/schema';
import { outerColumn, userNameOf } from './client.repository';
import { decodeCursor, encodeCursor, isId, isTimestamp } from './cursor.util';
import type { TaskListQuery } from './dto';
import { clientTasks } from './schema';

/** A task with the names of its assignee (an employee) and its creator (a user), read in the same statement. */
const taskFields = {
  ...getTableColumns(clientTasks),
  assigneeName: sql<
    string | null
  >`(select ${employees.name} from ${employees} where ${employees.id} = ${outerColumn(clientTasks.assigneeEmployeeId)})`,
  createdByName: userNameOf(clientTasks.createdBy),
};

export type TaskRow = typeof clientTasks.$inferSelect & {
  assigneeName: string | null;
  createdByName: string | null;
};

export async function insertTask(
  executor: Executor,
  values: typeof clientTasks.$inferInsert,
): Promise<TaskRow> {
  const [row] = await executor.insert(clientTasks).values(values).returning(taskFields);
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function findTask(executor: Executor, id: number): Promise<TaskRow | undefined> {
  const [row] = await executor.select(taskFields).from(clientTasks).where(eq(clientTasks.id, id));
  return row;
}

export async function updateTask(
  executor: Executor,
  id: number,
  changes: Partial<typeof clientTasks.$inferInsert>,
  expectedVersion?: number,
): Promise<TaskRow | undefined> {
  const [row] = await executor
    .update(clientTasks)
    .set({ ...changes, version: sql`${clientTasks.version} + 1` })
    .where(
      and(
        eq(clientTasks.id, id),
        expectedVersion === undefined ? undefined : eq(clientTasks.version, expectedVersion),
      ),
    )
    .returning(taskFields);
  return row;
}

export async function deleteTask(executor: Executor, id: number): Promise<void> {
  await executor.delete(clientTasks).where(eq(clientTasks.id, id));
}

// Soonest due first and undated tasks last: (due_at is null, due_at, id) ascending.
function afterDueCursor(cursor: string): SQL {
  const [dueAt, id] = decodeCursor<[string | null, number]>(
    cursor,
    (values): values is [string | null, number] =>
      values.length === 2 && (values[0] === null || isTimestamp(values[0])) && isId(values[1]),
  );
  if (dueAt === null) return sql`(${clientTasks.dueAt} is null and ${clientTasks.id} > ${id})`;
  return sql`(${clientTasks.dueAt} > ${dueAt}::timestamptz or (${clientTasks.dueAt} = ${dueAt}::timestamptz and ${clientTasks.id} > ${id}) or ${clientTasks.dueAt} is null)`;
}

export async function findTasks(executor: Executor, query: TaskListQuery): Promise<Page<TaskRow>> {
  const filters = and(
    query.clientId === undefined ? undefined : eq(clientTasks.clientId, query.clientId),
    query.assigneeEmployeeId === undefined
      ? undefined
      : eq(clientTasks.assigneeEmployeeId, query.assigneeEmployeeId),
    query.status ? eq(clientTasks.status, query.status) : undefined,
    query.dueBefore ? lt(clientTasks.dueAt, query.dueBefore) : undefined,
  );
  if (query.sort === '-createdAt') {
    const plan = planKeyset(
      { sort: query.sort, cursor: query.cursor, limit: query.limit },
      { columns: { createdAt: clientTasks.createdAt }, id: clientTasks.id },
    );
    const rows = await executor
      .select(taskFields)
      .from(clientTasks)
      .where(and(filters, plan.where))
      .orderBy(...plan.orderBy)
      .limit(plan.fetch);
    return plan.toPage(rows);
  }
  const rows = await executor
    .select(taskFields)
    .from(clientTasks)
    .where(and(filters, query.cursor ? afterDueCursor(query.cursor) : undefined))
    .orderBy(sql`${clientTasks.dueAt} is null`, asc(clientTasks.dueAt), asc(clientTasks.id))
    .limit(query.limit + 1);
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor:
      rows.length > query.limit && last ? encodeCursor([last.dueAt?.toISOString() ?? null, last.id]) : null,
  };
}

export type RuleTaskRow = Pick<
  TaskRow,
  'id' | 'clientId' | 'title' | 'dueAt' | 'assigneeEmployeeId' | 'source'
>;

/**
 * Marks open tasks due by `until` whose reminder has not gone out, and returns them: each reminder is
 * claimed once, in the caller's transaction, together with its event.
 */
export async function claimDueReminders(
  executor: Executor,
  until: Date,
  now: Date,
  limit: number,
): Promise<RuleTaskRow[]> {
  const due = executor
    .select({ id: clientTasks.id })
    .from(clientTasks)
    .where(
      and(
        eq(clientTasks.status, 'open'),
        sql`${clientTasks.reminderSentAt} is null`,
        sql`${clientTasks.dueAt} <= ${until.toISOString()}::timestamptz`,
      ),
    )
    .orderBy(asc(clientTasks.dueAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  return executor
    .update(clientTasks)
    .set({ reminderSentAt: now })
    .where(inArray(clientTasks.id, due))
    .returning({
      id: clientTasks.id,
      clientId: clientTasks.clientId,
      title: clientTasks.title,
      dueAt: clientTasks.dueAt,
      assigneeEmployeeId: clientTasks.assigneeEmployeeId,
      source: clientTasks.source,
    });
}
