import { describe, expect, it } from 'vitest';
import type { BusinessCalendar } from './business-calendar.util';
import {
  clockState,
  completeClock,
  dueAt,
  elapsedAt,
  instantAtShare,
  pauseClock,
  reopenClock,
  resumeClock,
  startClock,
} from './sla-clock.util';

const hour = 3_600_000;
const nineToFive = [{ start: 9 * 60, end: 17 * 60 }];
// Business hours in UTC keep the instants easy to read; zones are covered by the calendar's own tests.
const calendar: BusinessCalendar = {
  timeZone: 'UTC',
  week: { 1: nineToFive, 2: nineToFive, 3: nineToFive, 4: nineToFive, 5: nineToFive },
  holidays: new Set(['2026-11-26']),
};
const at = (iso: string) => new Date(iso);
const state = (clock: ReturnType<typeof startClock>, iso: string) =>
  clockState({ calendar, clock, at: at(iso), warnShare: 0.75 });

describe('SLA clock', () => {
  it('is due after the target in business time, with a warning at the configured share', () => {
    const clock = startClock(8 * hour, at('2026-11-23T13:00:00Z')); // Monday 13:00
    expect(dueAt(calendar, clock)).toEqual(at('2026-11-24T13:00:00Z'));
    expect(instantAtShare(calendar, clock, 0.75)).toEqual(at('2026-11-24T11:00:00Z'));
    expect(state(clock, '2026-11-24T10:59:00Z')).toBe('running');
    expect(state(clock, '2026-11-24T11:00:00Z')).toBe('warning');
    expect(state(clock, '2026-11-24T13:00:00Z')).toBe('breached');
  });

  it('stops counting while paused and resumes where it stopped', () => {
    const started = startClock(8 * hour, at('2026-11-23T09:00:00Z'));
    const paused = pauseClock(calendar, started, at('2026-11-23T13:00:00Z'));
    expect(paused.elapsedMs).toBe(4 * hour);
    expect(dueAt(calendar, paused)).toBeNull();
    // Two days waiting on the customer cost nothing.
    expect(elapsedAt(calendar, paused, at('2026-11-25T09:00:00Z'))).toBe(4 * hour);
    expect(state(paused, '2026-11-25T09:00:00Z')).toBe('paused');
    const resumed = resumeClock(paused, at('2026-11-25T09:00:00Z'));
    expect(dueAt(calendar, resumed)).toEqual(at('2026-11-25T13:00:00Z'));
    expect(instantAtShare(calendar, resumed, 0.75)).toEqual(at('2026-11-25T11:00:00Z'));
  });

  it('resumes across a holiday and a weekend', () => {
    const paused = pauseClock(
      calendar,
      startClock(8 * hour, at('2026-11-25T09:00:00Z')),
      at('2026-11-25T15:00:00Z'),
    );
    // Resumed Wednesday 16:00: one hour that day, Thursday is a holiday, the last hour Friday morning.
    const resumed = resumeClock(paused, at('2026-11-25T16:00:00Z'));
    expect(dueAt(calendar, resumed)).toEqual(at('2026-11-27T10:00:00Z'));
  });

  it('warns at once when resumed past the warning share', () => {
    const paused = pauseClock(
      calendar,
      startClock(4 * hour, at('2026-11-23T09:00:00Z')),
      at('2026-11-23T12:30:00Z'),
    );
    const resumed = resumeClock(paused, at('2026-11-24T09:00:00Z'));
    expect(instantAtShare(calendar, resumed, 0.75)).toEqual(at('2026-11-24T09:00:00Z'));
    expect(dueAt(calendar, resumed)).toEqual(at('2026-11-24T09:30:00Z'));
  });

  it('is met when completed in time and missed when late, and stays so', () => {
    const clock = startClock(2 * hour, at('2026-11-23T09:00:00Z'));
    const met = completeClock(calendar, clock, at('2026-11-23T10:59:00Z'));
    expect(state(met, '2026-11-30T09:00:00Z')).toBe('met');
    expect(dueAt(calendar, met)).toBeNull();
    const missed = completeClock(calendar, clock, at('2026-11-23T11:30:00Z'));
    expect(state(missed, '2026-11-30T09:00:00Z')).toBe('missed');
  });

  it('runs again from where it stopped when a resolved ticket is reopened', () => {
    const done = completeClock(
      calendar,
      startClock(8 * hour, at('2026-11-23T09:00:00Z')),
      at('2026-11-23T15:00:00Z'),
    );
    const reopened = reopenClock(done, at('2026-11-24T09:00:00Z'));
    expect(reopened.completedAt).toBeNull();
    expect(dueAt(calendar, reopened)).toEqual(at('2026-11-24T11:00:00Z'));
  });
});
