import { describe, expect, it } from 'vitest';
import type { SlaTarget } from '../api/ticket-types';
import { durationParts, formatDuration, summarySlaTimer, targetSlaTimer } from './sla-timer';

const now = new Date('2025-03-10T12:00:00Z');
const words = (unit: string, count: number) => `${count} ${unit[0]}`;

describe('summarySlaTimer', () => {
  it('counts down to the nearer deadline while the clock runs', () => {
    const timer = summarySlaTimer(
      {
        state: 'running',
        firstResponseDueAt: '2025-03-10T13:20:00Z',
        resolutionDueAt: '2025-03-11T12:00:00Z',
      },
      now,
    );
    expect(timer.tone).toBe('running');
    expect(timer.dueAt?.toISOString()).toBe('2025-03-10T13:20:00.000Z');
    expect(timer.remainingMs).toBe(80 * 60_000);
  });

  it('uses the resolution deadline once the first response is done', () => {
    const timer = summarySlaTimer(
      { state: 'warning', firstResponseDueAt: null, resolutionDueAt: '2025-03-10T12:30:00Z' },
      now,
    );
    expect(timer).toMatchObject({ tone: 'warning', remainingMs: 30 * 60_000 });
  });

  it('turns red once the deadline passes, even before the next fetch says so', () => {
    const timer = summarySlaTimer(
      { state: 'running', firstResponseDueAt: '2025-03-10T11:55:00Z', resolutionDueAt: null },
      now,
    );
    expect(timer).toMatchObject({ tone: 'breached', remainingMs: -5 * 60_000 });
  });

  it('shows paused, outcomes and no SLA without a countdown', () => {
    expect(
      summarySlaTimer({ state: 'paused', firstResponseDueAt: null, resolutionDueAt: null }, now).tone,
    ).toBe('paused');
    expect(summarySlaTimer({ state: 'met', firstResponseDueAt: null, resolutionDueAt: null }, now)).toEqual({
      tone: 'met',
      dueAt: null,
      remainingMs: null,
    });
    expect(summarySlaTimer(null, now).tone).toBe('none');
  });
});

describe('targetSlaTimer', () => {
  const target = (overrides: Partial<SlaTarget>): SlaTarget => ({
    dueAt: '2025-03-10T14:00:00Z',
    warnAt: '2025-03-10T13:30:00Z',
    state: 'running',
    targetMinutes: 240,
    elapsedBusinessMinutes: 120,
    completedAt: null,
    breachedAt: null,
    ...overrides,
  });

  it('warns from the warning instant on, between fetches too', () => {
    expect(targetSlaTimer(target({}), now).tone).toBe('running');
    expect(targetSlaTimer(target({}), new Date('2025-03-10T13:31:00Z')).tone).toBe('warning');
    expect(targetSlaTimer(target({}), new Date('2025-03-10T14:00:00Z')).tone).toBe('breached');
  });

  it('keeps a met target met and a paused one paused', () => {
    expect(targetSlaTimer(target({ state: 'met', completedAt: '2025-03-10T11:00:00Z' }), now).tone).toBe(
      'met',
    );
    expect(targetSlaTimer(target({ state: 'paused', dueAt: null }), now).tone).toBe('paused');
    expect(targetSlaTimer(null, now).tone).toBe('none');
  });
});

describe('formatDuration', () => {
  it('words the two largest units, rounding up to the minute', () => {
    expect(formatDuration(durationParts(80 * 60_000), words)).toBe('1 h 20 m');
    expect(formatDuration(durationParts(26 * 3_600_000 + 5 * 60_000), words)).toBe('1 d 2 h');
    expect(formatDuration(durationParts(30_000), words)).toBe('1 m');
    expect(formatDuration(durationParts(-5 * 60_000), words)).toBe('5 m');
    expect(formatDuration(durationParts(0), words)).toBe('0 m');
  });

  it('skips an empty middle unit', () => {
    expect(formatDuration(durationParts(2 * 86_400_000 + 7 * 60_000), words)).toBe('2 d');
  });
});
