import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { earliestInstant } from './sla-clock.util';
import type { TicketRow } from './ticket-engine';

/** The four instants a ticket's SLA clocks reach, as the engine last computed them. */
export type SlaDueInstants = Pick<
  TicketRow,
  'firstResponseWarnAt' | 'firstResponseDueAt' | 'resolutionWarnAt' | 'resolutionDueAt'
>;

/** What the sweep already did about a ticket's SLA (all null until it acts). */
export type SlaMarkers = {
  firstResponseWarnedAt: Date | null;
  firstResponseBreachedAt: Date | null;
  resolutionWarnedAt: Date | null;
  resolutionBreachedAt: Date | null;
};

const text = (value: Date | null) => value?.toISOString() ?? null;

/**
 * The first check of new tickets (no check rows yet): the earliest of their instants. A write to send with
 * others (`executeTogether`); null when none of them has an SLA instant.
 */
export function firstSlaChecksInsert(due: readonly ({ ticketId: number } & SlaDueInstants)[]): SQL | null {
  const scheduled = due.filter((row) => dueInstants(row).some((instant) => instant !== null));
  if (scheduled.length === 0) return null;
  return sql`insert into ticket_sla_checks (ticket_id, next_check_at)
    select ticket_id, next_check_at from unnest(${sql.param(scheduled.map((row) => row.ticketId))}::int[],
      ${sql.param(scheduled.map((row) => text(earliestInstant(dueInstants(row)))))}::timestamptz[])
      as v(ticket_id, next_check_at)`;
}

const dueInstants = (row: SlaDueInstants) => [
  row.firstResponseWarnAt,
  row.firstResponseDueAt,
  row.resolutionWarnAt,
  row.resolutionDueAt,
];

/**
 * Tells the sweep when to look at these tickets next, after their SLA instants were (re)computed: the
 * earliest instant it has not acted on yet, judged against the markers already stored, so a warning given is
 * not looked for again. Creates the check row on a ticket's first SLA. One statement for any number.
 */
export async function scheduleSlaChecks(
  executor: Executor,
  due: readonly ({ ticketId: number } & SlaDueInstants)[],
): Promise<void> {
  if (due.length === 0) return;
  // The callers hold the tickets (locked, or inserted in this transaction), so no one else adds their rows.
  await executor.execute(sql`with v as (
      select * from unnest(${sql.param(due.map((row) => row.ticketId))}::int[],
        ${sql.param(due.map((row) => text(row.firstResponseWarnAt)))}::timestamptz[],
        ${sql.param(due.map((row) => text(row.firstResponseDueAt)))}::timestamptz[],
        ${sql.param(due.map((row) => text(row.resolutionWarnAt)))}::timestamptz[],
        ${sql.param(due.map((row) => text(row.resolutionDueAt)))}::timestamptz[])
        as v(ticket_id, fr_warn, fr_due, res_warn, res_due)
    ), updated as (
      update ticket_sla_checks c set next_check_at = least(
          case when c.first_response_warned_at is null then v.fr_warn end,
          case when c.first_response_breached_at is null then v.fr_due end,
          case when c.resolution_warned_at is null then v.res_warn end,
          case when c.resolution_breached_at is null then v.res_due end)
        from v where c.ticket_id = v.ticket_id
        returning c.ticket_id
    )
    insert into ticket_sla_checks (ticket_id, next_check_at)
    select v.ticket_id, least(v.fr_warn, v.fr_due, v.res_warn, v.res_due) from v
    where v.ticket_id not in (select ticket_id from updated)`);
}
