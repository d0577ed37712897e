import { sql } from 'drizzle-orm';
import { type Database, type Executor, queryRows } from '../../platform/db/database';
import { findClientProfile } from '../clients';
import { alwaysOpenCalendar } from './business-calendar.util';
import type { TicketSlaClocks } from './schema';
import { scheduleSlaChecks } from './sla-check.repository';
import {
  completeClock,
  dueAt,
  earliestInstant,
  elapsedAt,
  instantAtShare,
  pauseClock,
  reopenClock,
  resumeClock,
  type SlaClock,
  startClock,
} from './sla-clock.util';
import { findMatchingSlaTerms, findSlaTermsById, type SlaTerms } from './sla-policy.repository';
import { noSlaColumns, type SlaColumns, type TicketRow } from './ticket-engine';

/** Everything the engine writes about SLA on a ticket. */
export type SlaUpdate = SlaColumns & Pick<TicketRow, 'firstResponseBusinessMs' | 'resolutionBusinessMs'>;

type Instant = Date | string | null | undefined;
const instant = (value: Instant): Date | null =>
  value === null || value === undefined ? null : new Date(value);

function reviveClock(clock: SlaClock): SlaClock {
  return {
    targetMs: Number(clock.targetMs),
    elapsedMs: Number(clock.elapsedMs),
    runningSince: instant(clock.runningSince as Instant),
    completedAt: instant(clock.completedAt as Instant),
  };
}

/** A ticket's clocks as stored (jsonb keeps instants as strings) turned back into dates. */
export function readSlaClocks(stored: TicketSlaClocks | null): TicketSlaClocks | null {
  if (!stored) return null;
  return { firstResponse: reviveClock(stored.firstResponse), resolution: reviveClock(stored.resolution) };
}

/** The instants the clocks reach their warning share and their targets (null while paused or done). */
export function slaInstants(terms: SlaTerms, clocks: TicketSlaClocks): SlaColumns {
  const { calendar, warnShare } = terms;
  const firstResponseWarnAt = instantAtShare(calendar, clocks.firstResponse, warnShare);
  const firstResponseDueAt = dueAt(calendar, clocks.firstResponse);
  const resolutionWarnAt = instantAtShare(calendar, clocks.resolution, warnShare);
  const resolutionDueAt = dueAt(calendar, clocks.resolution);
  return {
    slaPolicyId: terms.policyId,
    slaClocks: clocks,
    firstResponseWarnAt,
    firstResponseDueAt,
    resolutionWarnAt,
    resolutionDueAt,
  };
}

const earliestRunning = (clocks: TicketSlaClocks, at: Date): Date =>
  earliestInstant([clocks.firstResponse.runningSince, clocks.resolution.runningSince, at]) ?? at;

/** Keeps the business time counted so far under the old calendar and continues towards the new targets. */
function retarget(clock: SlaClock, targetMs: number, old: SlaTerms, at: Date): SlaClock {
  return {
    targetMs,
    elapsedMs: elapsedAt(old.calendar, clock, at),
    runningSince: clock.runningSince ? at : null,
    completedAt: clock.completedAt,
  };
}

type ClockPair = { firstResponse: SlaClock; resolution: SlaClock };

/**
 * Moves the clocks for what changed between `before` and `after`: pending pauses them and leaving it resumes
 * them, a first response and a resolution complete theirs, a reopen resumes, closing stops both for good.
 */
function moveClocks(
  terms: SlaTerms,
  clocks: ClockPair,
  before: TicketRow,
  after: TicketRow,
  at: Date,
): { clocks: ClockPair; firstResponseBusinessMs?: number | null; resolutionBusinessMs?: number | null } {
  const { calendar } = terms;
  let { firstResponse, resolution } = clocks;
  const result: { firstResponseBusinessMs?: number | null; resolutionBusinessMs?: number | null } = {};

  if (!before.firstRespondedAt && after.firstRespondedAt) {
    firstResponse = completeClock(calendar, firstResponse, after.firstRespondedAt);
    result.firstResponseBusinessMs = firstResponse.elapsedMs;
  }
  const from = before.status;
  const to = after.status;
  if (from !== to) {
    if (to === 'closed') {
      firstResponse = completeClock(calendar, firstResponse, at);
      resolution = completeClock(calendar, resolution, at);
    } else if (to === 'resolved') {
      resolution = completeClock(calendar, resolution, after.resolvedAt ?? at);
      result.resolutionBusinessMs = resolution.elapsedMs;
      // Resolving answers the customer too: a first-response clock still running stops with it.
      firstResponse = completeClock(calendar, firstResponse, after.resolvedAt ?? at);
    } else if (from === 'resolved' || from === 'closed') {
      resolution = reopenClock(resolution, at);
      result.resolutionBusinessMs = null;
      if (!after.firstRespondedAt) firstResponse = reopenClock(firstResponse, at);
      if (to === 'pending') {
        firstResponse = pauseClock(calendar, firstResponse, at);
        resolution = pauseClock(calendar, resolution, at);
      }
    } else if (to === 'pending') {
      firstResponse = pauseClock(calendar, firstResponse, at);
      resolution = pauseClock(calendar, resolution, at);
    } else if (from === 'pending') {
      firstResponse = resumeClock(firstResponse, at);
      resolution = resumeClock(resolution, at);
    }
  }
  return { clocks: { firstResponse, resolution }, ...result };
}

const sameClock = (a: SlaClock, b: SlaClock) =>
  a.targetMs === b.targetMs &&
  a.elapsedMs === b.elapsedMs &&
  a.runningSince?.getTime() === b.runningSince?.getTime() &&
  a.completedAt?.getTime() === b.completedAt?.getTime();

/** The SLA columns of a ticket about to be inserted under these terms; no policy applies → no SLA. */
export function startedSla(terms: SlaTerms | null, createdAt: Date): SlaColumns {
  if (!terms) return noSlaColumns;
  const clocks = {
    firstResponse: startClock(terms.firstResponseMs, createdAt),
    resolution: startClock(terms.resolutionMs, createdAt),
  };
  return slaInstants(terms, clocks);
}

/** SLA on tickets as they change: moves the clocks, and re-targets them for a new priority. */
export function createSlaTracker(deps: { clock: () => Date }) {
  return {
    /**
     * The SLA columns after a change, or null when nothing about SLA changed (most edits). A new priority
     * re-targets the clocks with the policy for it, keeping the business time already counted.
     */
    async afterChange(
      executor: Executor,
      before: TicketRow,
      after: TicketRow,
    ): Promise<Partial<SlaUpdate> | null> {
      const priorityChanged = before.priority !== after.priority;
      const statusChanged = before.status !== after.status;
      const responded = !before.firstRespondedAt && after.firstRespondedAt !== null;
      if (!priorityChanged && !statusChanged && !responded) return null;
      const at = deps.clock();
      const stored = readSlaClocks(after.slaClocks);

      let terms: SlaTerms | null = null;
      let clocks: ClockPair | null = stored;
      if (stored && after.slaPolicyId !== null) {
        terms = await findSlaTermsById(executor, after.slaPolicyId, earliestRunning(stored, at));
      }
      if (priorityChanged) {
        const profile = await findClientProfile(executor, after.clientId);
        const holidaysFrom = stored ? earliestRunning(stored, at) : after.createdAt;
        const target = await findMatchingSlaTerms(executor, {
          priority: after.priority,
          clientTier: profile?.tier ?? null,
          holidaysFrom,
        });
        if (target && target.policyId !== terms?.policyId) {
          clocks = stored
            ? {
                firstResponse: retarget(
                  stored.firstResponse,
                  target.firstResponseMs,
                  terms ?? fallbackTerms(stored),
                  at,
                ),
                resolution: retarget(
                  stored.resolution,
                  target.resolutionMs,
                  terms ?? fallbackTerms(stored),
                  at,
                ),
              }
            : replayedClocks(target, after, at);
          terms = target;
          if (!stored) {
            // The history of pauses is not known for a ticket that had no SLA: count from creation to now.
            return { ...slaInstants(terms, clocks), ...businessTimes(clocks, after) };
          }
        }
      }
      if (!clocks) return null;
      const effective = terms ?? fallbackTerms(clocks);
      const moved = moveClocks(effective, clocks, before, after, at);
      if (
        terms?.policyId === after.slaPolicyId &&
        stored &&
        sameClock(moved.clocks.firstResponse, stored.firstResponse) &&
        sameClock(moved.clocks.resolution, stored.resolution)
      )
        return null;
      const update: Partial<SlaUpdate> = slaInstants(effective, moved.clocks);
      if (!terms) update.slaPolicyId = null;
      if (moved.firstResponseBusinessMs !== undefined)
        update.firstResponseBusinessMs = moved.firstResponseBusinessMs;
      if (moved.resolutionBusinessMs !== undefined) update.resolutionBusinessMs = moved.resolutionBusinessMs;
      return update;
    },
  };
}

/** The terms of clocks whose policy was deleted since: they go on round the clock. */
function fallbackTerms(clocks: ClockPair): SlaTerms {
  return {
    policyId: 0,
    firstResponseMs: clocks.firstResponse.targetMs,
    resolutionMs: clocks.resolution.targetMs,
    warnShare: 0.75,
    calendar: alwaysOpenCalendar(),
  };
}

/**
 * Clocks for a ticket that gets its first policy late (a new priority has one): counted from creation and
 * stopped where the ticket stands. Its past pauses are not known, so pending time before counts.
 */
function replayedClocks(terms: SlaTerms, ticket: TicketRow, at: Date): ClockPair {
  const { calendar } = terms;
  let firstResponse = startClock(terms.firstResponseMs, ticket.createdAt);
  let resolution = startClock(terms.resolutionMs, ticket.createdAt);
  if (ticket.firstRespondedAt)
    firstResponse = completeClock(calendar, firstResponse, ticket.firstRespondedAt);
  if (ticket.status === 'resolved' || ticket.status === 'closed') {
    const end = ticket.resolvedAt ?? ticket.closedAt ?? at;
    firstResponse = completeClock(calendar, firstResponse, end);
    resolution = completeClock(calendar, resolution, end);
  } else if (ticket.status === 'pending') {
    firstResponse = pauseClock(calendar, firstResponse, at);
    resolution = pauseClock(calendar, resolution, at);
  }
  return { firstResponse, resolution };
}

function businessTimes(clocks: ClockPair, ticket: TicketRow) {
  return {
    firstResponseBusinessMs: ticket.firstRespondedAt ? clocks.firstResponse.elapsedMs : null,
    resolutionBusinessMs: ticket.status === 'resolved' ? clocks.resolution.elapsedMs : null,
  };
}

type RecomputeRow = { id: number; sla_policy_id: number; sla_clocks: TicketSlaClocks };

const RECOMPUTE_BATCH = 500;

/**
 * Recomputes the SLA instants of the tickets being worked under a calendar or a policy after it changed
 * (new holidays, hours, zone, warning share). Their targets and the business time banked before a pause
 * stay; time since the clocks last started counts by the new calendar. In batches, each a transaction.
 */
export async function recomputeSlaInstants(
  db: Database,
  options: ({ calendarId: number } | { policyId: number }) & { now: Date },
): Promise<number> {
  const scope =
    'calendarId' in options ? sql`p.calendar_id = ${options.calendarId}` : sql`p.id = ${options.policyId}`;
  let afterId = 0;
  let recomputed = 0;
  for (;;) {
    const count = await db.transaction(async (tx) => {
      const rows = await queryRows<RecomputeRow>(
        tx,
        sql`select t.id, t.sla_policy_id, t.sla_clocks
          from tickets t join sla_policies p on p.id = t.sla_policy_id
          where ${scope} and t.sla_clocks is not null and t.id > ${afterId}
            and t.status in ('new', 'open', 'pending', 'on_hold')
          order by t.id limit ${RECOMPUTE_BATCH}
          for update of t`,
      );
      if (rows.length === 0) return 0;
      const clocksOf = new Map(rows.map((row) => [row.id, readSlaClocks(row.sla_clocks) as TicketSlaClocks]));
      const holidaysFrom = earliestInstant(
        [...clocksOf.values()].map((clocks) => earliestRunning(clocks, options.now)),
      );
      const terms = new Map<number, SlaTerms | null>();
      for (const policyId of new Set(rows.map((row) => row.sla_policy_id))) {
        terms.set(policyId, await findSlaTermsById(tx, policyId, holidaysFrom ?? options.now));
      }
      const updates = rows.flatMap((row) => {
        const policyTerms = terms.get(row.sla_policy_id);
        if (!policyTerms) return [];
        return [{ ticketId: row.id, ...slaInstants(policyTerms, clocksOf.get(row.id) as TicketSlaClocks) }];
      });
      const text = (value: Date | null) => value?.toISOString() ?? null;
      await tx.execute(
        sql`update tickets t set
            first_response_warn_at = v.first_response_warn_at::timestamptz,
            first_response_due_at = v.first_response_due_at::timestamptz,
            resolution_warn_at = v.resolution_warn_at::timestamptz,
            resolution_due_at = v.resolution_due_at::timestamptz
          from unnest(${sql.param(updates.map((update) => update.ticketId))}::int[],
            ${sql.param(updates.map((update) => text(update.firstResponseWarnAt)))}::text[],
            ${sql.param(updates.map((update) => text(update.firstResponseDueAt)))}::text[],
            ${sql.param(updates.map((update) => text(update.resolutionWarnAt)))}::text[],
            ${sql.param(updates.map((update) => text(update.resolutionDueAt)))}::text[])
            as v(id, first_response_warn_at, first_response_due_at, resolution_warn_at, resolution_due_at)
          where t.id = v.id`,
      );
      await scheduleSlaChecks(tx, updates);
      afterId = rows.at(-1)?.id ?? afterId;
      return rows.length;
    });
    recomputed += count;
    if (count < RECOMPUTE_BATCH) return recomputed;
  }
}
