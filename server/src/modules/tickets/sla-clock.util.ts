import { addBusinessMillis, type BusinessCalendar, businessMillisBetween } from './business-calendar.util';

/**
 * One SLA target's clock on a ticket (first response or resolution), counted in business time. Time banked
 * before a pause is kept in `elapsedMs`; while running, the clock also counts from `runningSince`.
 */
export type SlaClock = {
  targetMs: number;
  elapsedMs: number;
  runningSince: Date | null;
  /** When the target was achieved (the first reply, the resolution); the clock no longer runs. */
  completedAt: Date | null;
};

export type SlaClockState = 'running' | 'warning' | 'breached' | 'paused' | 'met' | 'missed';

/** The earliest of these instants; null when all are null. */
export const earliestInstant = (instants: readonly (Date | null)[]): Date | null =>
  instants.reduce<Date | null>(
    (soonest, next) => (next && (!soonest || next < soonest) ? next : soonest),
    null,
  );

export function startClock(targetMs: number, at: Date): SlaClock {
  return { targetMs, elapsedMs: 0, runningSince: at, completedAt: null };
}

/** Business time the clock has counted up to `at`. */
export function elapsedAt(calendar: BusinessCalendar, clock: SlaClock, at: Date): number {
  if (!clock.runningSince) return clock.elapsedMs;
  return clock.elapsedMs + businessMillisBetween(calendar, clock.runningSince, at);
}

/** Stops the clock (the ticket waits on the customer); what it counted so far is kept. */
export function pauseClock(calendar: BusinessCalendar, clock: SlaClock, at: Date): SlaClock {
  if (!clock.runningSince) return clock;
  return { ...clock, elapsedMs: elapsedAt(calendar, clock, at), runningSince: null };
}

export function resumeClock(clock: SlaClock, at: Date): SlaClock {
  if (clock.runningSince || clock.completedAt) return clock;
  return { ...clock, runningSince: at };
}

/** The target is achieved at `at`: the clock stops for good. */
export function completeClock(calendar: BusinessCalendar, clock: SlaClock, at: Date): SlaClock {
  if (clock.completedAt) return clock;
  return { ...pauseClock(calendar, clock, at), completedAt: at };
}

/** A completed clock runs again (a resolved ticket reopened), from where it stopped. */
export function reopenClock(clock: SlaClock, at: Date): SlaClock {
  if (!clock.completedAt) return clock;
  return { ...clock, completedAt: null, runningSince: at };
}

/**
 * The instant at which the clock reaches `share` of its target (1 for the deadline, 0.75 for a warning), or
 * null while it is paused or done. A share already reached is due at once (at `runningSince`).
 */
export function instantAtShare(calendar: BusinessCalendar, clock: SlaClock, share: number): Date | null {
  if (!clock.runningSince || clock.completedAt) return null;
  const remaining = Math.round(clock.targetMs * share) - clock.elapsedMs;
  return addBusinessMillis(calendar, clock.runningSince, remaining);
}

export const dueAt = (calendar: BusinessCalendar, clock: SlaClock) => instantAtShare(calendar, clock, 1);

/** Where the clock stands at `at`, with warnings from `warnShare` of the target. */
export function clockState(options: {
  calendar: BusinessCalendar;
  clock: SlaClock;
  at: Date;
  warnShare: number;
}): SlaClockState {
  const { calendar, clock, at, warnShare } = options;
  const elapsed = elapsedAt(calendar, clock, at);
  if (clock.completedAt) return elapsed <= clock.targetMs ? 'met' : 'missed';
  if (elapsed >= clock.targetMs) return 'breached';
  if (!clock.runningSince) return 'paused';
  return elapsed >= clock.targetMs * warnShare ? 'warning' : 'running';
}
