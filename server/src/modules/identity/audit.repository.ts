import { and, eq, gte, lt } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { planKeyset } from '../../platform/db/keyset';
import { auditLog } from './schema';

export type AuditEntryRow = typeof auditLog.$inferSelect;

/** The insert of an audit entry, to run now or with other writes (`executeTogether`). */
export function auditEntryInsert(executor: Executor, entry: typeof auditLog.$inferInsert) {
  return executor.insert(auditLog).values(entry);
}

export type AuditFilter = {
  sort: string;
  cursor?: string;
  limit: number;
  actorUserId?: number;
  resource?: string;
  resourceId?: string;
  action?: string;
  from?: Date;
  to?: Date;
};

export async function findAuditEntries(executor: Executor, filter: AuditFilter) {
  const plan = planKeyset(filter, { columns: { createdAt: auditLog.createdAt }, id: auditLog.id });
  const rows = await executor
    .select()
    .from(auditLog)
    .where(
      and(
        plan.where,
        filter.actorUserId ? eq(auditLog.actorUserId, filter.actorUserId) : undefined,
        filter.resource ? eq(auditLog.resource, filter.resource) : undefined,
        filter.resourceId ? eq(auditLog.resourceId, filter.resourceId) : undefined,
        filter.action ? eq(auditLog.action, filter.action) : undefined,
        filter.from ? gte(auditLog.createdAt, filter.from) : undefined,
        filter.to ? lt(auditLog.createdAt, filter.to) : undefined,
      ),
    )
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  return plan.toPage(rows);
}
