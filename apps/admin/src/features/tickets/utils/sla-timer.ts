import type { SlaState, SlaTarget, TicketSummary } from '../api/ticket-types';

/** How an SLA timer looks: the colour follows the tone. */
export type SlaTone = 'running' | 'warning' | 'breached' | 'paused' | 'met' | 'missed' | 'none';

/** What an SLA badge says: a tone and, while the clock runs, the deadline and the time left (negative: overdue). */
export type SlaTimer = { tone: SlaTone; dueAt: Date | null; remainingMs: number | null };

const MINUTE_MS = 60_000;

const instant = (value: string | null | undefined): Date | null => {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
};

function liveTimer(state: SlaState, dueAt: Date | null, now: Date, warnAt: Date | null = null): SlaTimer {
  const remainingMs = dueAt ? dueAt.getTime() - now.getTime() : null;
  // The server's state is as of the last fetch; the clock in the browser moves on between fetches.
  if (state === 'breached' || (remainingMs !== null && remainingMs <= 0)) {
    return { tone: 'breached', dueAt, remainingMs };
  }
  const warned = state === 'warning' || (warnAt !== null && now.getTime() >= warnAt.getTime());
  return { tone: warned ? 'warning' : 'running', dueAt, remainingMs };
}

/**
 * The inbox's SLA badge for a ticket: its next deadline (the first response while unanswered, else the
 * resolution), grey while paused, the outcome once resolved.
 */
export function summarySlaTimer(sla: TicketSummary['sla'], now: Date): SlaTimer {
  if (!sla || sla.state === 'none') return { tone: 'none', dueAt: null, remainingMs: null };
  if (sla.state === 'paused' || sla.state === 'met' || sla.state === 'missed') {
    return { tone: sla.state, dueAt: null, remainingMs: null };
  }
  const deadlines = [instant(sla.firstResponseDueAt), instant(sla.resolutionDueAt)].filter(
    (date): date is Date => date !== null,
  );
  const next = deadlines.length > 0 ? new Date(Math.min(...deadlines.map((date) => date.getTime()))) : null;
  return liveTimer(sla.state, next, now);
}

/** One target of the ticket page (first response or resolution), with the warning instant taken into account. */
export function targetSlaTimer(target: SlaTarget | null | undefined, now: Date): SlaTimer {
  if (!target || target.state === 'none') return { tone: 'none', dueAt: null, remainingMs: null };
  if (target.state === 'paused' || target.state === 'met' || target.state === 'missed') {
    return { tone: target.state, dueAt: instant(target.dueAt), remainingMs: null };
  }
  return liveTimer(target.state, instant(target.dueAt), now, instant(target.warnAt));
}

/** A duration in whole days, hours and minutes (rounded up to the minute, so "due in 0 m" never shows early). */
export type DurationParts = { days: number; hours: number; minutes: number };

export function durationParts(ms: number): DurationParts {
  const totalMinutes = Math.max(0, Math.ceil(Math.abs(ms) / MINUTE_MS));
  return {
    days: Math.floor(totalMinutes / 1440),
    hours: Math.floor((totalMinutes % 1440) / 60),
    minutes: totalMinutes % 60,
  };
}

/** Minutes as days, hours and minutes (for business-time figures, which the API gives in whole minutes). */
export function minutesParts(minutes: number): DurationParts {
  return durationParts(minutes * MINUTE_MS);
}

/**
 * The two most significant units of a duration, e.g. "1 d 3 h", "1 h 20 m", "5 m"; `unit` words each
 * number (so each language says it its own way).
 */
export function formatDuration(
  parts: DurationParts,
  unit: (name: keyof DurationParts, count: number) => string,
): string {
  const order: (keyof DurationParts)[] = ['days', 'hours', 'minutes'];
  const first = order.findIndex((name) => parts[name] > 0);
  if (first === -1) return unit('minutes', 0);
  return order
    .slice(first, first + 2)
    .filter((name) => parts[name] > 0)
    .map((name) => unit(name, parts[name]))
    .join(' ');
}
