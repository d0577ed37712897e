import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../src/modules/identity/schema';
import { ticketEvents } from '../../src/modules/tickets/schema';
import type { Database } from '../../src/platform/db/database';

/** A ticket's history entries of one kind, oldest first. */
export function historyOf(db: Database, ticketId: number, kind: string) {
  return db
    .select()
    .from(ticketEvents)
    .where(and(eq(ticketEvents.ticketId, ticketId), eq(ticketEvents.kind, kind)))
    .orderBy(ticketEvents.id);
}

/** Audit entries about one record, oldest first (read from the table: the tickets service has no audit API). */
export function auditRows(db: Database, resource: string, resourceId: number) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.resource, resource), eq(auditLog.resourceId, String(resourceId))))
    .orderBy(auditLog.id);
}
