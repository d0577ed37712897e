import type { Executor } from '../../platform/db/database';
import type { AuditActor } from '../../platform/http/audit-actor';
import { ticketEvents } from './schema';

/** One entry of a ticket's history; `actor` null is the system (routing, the SLA sweep). */
export type TicketHistoryEntry = {
  ticketId: number;
  kind: string;
  actor: AuditActor | null;
  /** For actors with no account (a guest, a survey link); staff names are read from their accounts. */
  actorName?: string;
  data?: Record<string, unknown>;
  at?: Date;
};

/** Appends entries to tickets' histories, in the order given, in one statement. */
export async function appendTicketHistory(executor: Executor, entries: readonly TicketHistoryEntry[]) {
  const insert = historyInsert(executor, entries);
  if (insert) await insert;
}

/** The insert of `appendTicketHistory` as a write not yet run, to send with others; null: no entries. */
export function historyInsert(executor: Executor, entries: readonly TicketHistoryEntry[]) {
  if (entries.length === 0) return null;
  return executor.insert(ticketEvents).values(
    entries.map((entry) => ({
      ticketId: entry.ticketId,
      kind: entry.kind,
      actorUserId: entry.actor?.user?.id ?? null,
      actorName: entry.actorName ?? null,
      data: entry.data ?? {},
      ...(entry.at ? { createdAt: entry.at } : {}),
    })),
  );
}
