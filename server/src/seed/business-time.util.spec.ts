import { describe, expect, it } from 'vitest';
import {
  addBusinessMillis,
  alwaysOpenCalendar,
  type BusinessCalendar,
  businessMillisBetween,
} from '../modules/tickets/business-calendar.util';
import { businessTimeTable } from './business-time.util';
import { bankHolidays } from './support.seed';

const DAY = 86_400_000;
const officeHours: BusinessCalendar = {
  timeZone: 'Europe/London',
  week: {
    1: [{ start: 540, end: 1050 }],
    2: [{ start: 540, end: 1050 }],
    3: [{ start: 540, end: 1050 }],
    4: [{ start: 540, end: 1050 }],
    5: [{ start: 540, end: 1050 }],
  },
  holidays: new Set([2025, 2026].flatMap((year) => bankHolidays(year).map((holiday) => holiday.day))),
};
// Split shifts in a zone half an hour off UTC, to catch any assumption about whole hours.
const splitShifts: BusinessCalendar = {
  timeZone: 'Asia/Kolkata',
  week: {
    1: [
      { start: 480, end: 720 },
      { start: 780, end: 1230 },
    ],
    6: [{ start: 600, end: 840 }],
  },
  holidays: new Set(['2026-01-26']),
};
const span = { from: Date.UTC(2025, 0, 1), to: Date.UTC(2027, 0, 1) };

/** A small deterministic generator, so a failure can be replayed. */
function sequence(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe('businessTimeTable', () => {
  for (const [name, calendar] of [
    ['office hours in London, bank holidays and both clock changes', officeHours],
    ['split shifts in India', splitShifts],
    ['round the clock', alwaysOpenCalendar()],
  ] as const) {
    it(`answers as business-calendar.util does: ${name}`, () => {
      const table = businessTimeTable(calendar, span);
      const next = sequence(7);
      for (let sample = 0; sample < 300; sample++) {
        // Whole minutes and odd milliseconds, from any time of day, across the year's clock changes.
        const from = Math.floor(span.from + next() * 600 * DAY);
        const millis = Math.floor(next() * (next() < 0.2 ? 0 : 40 * 3_600_000));
        const to = from + Math.floor(next() * 20 * DAY);
        expect(table.millisBetween(from, to)).toBe(
          businessMillisBetween(calendar, new Date(from), new Date(to)),
        );
        expect(table.addMillis(from, millis)).toBe(
          addBusinessMillis(calendar, new Date(from), millis).getTime(),
        );
      }
    });
  }

  it('starts a zero wait at the next opening and counts nothing over a holiday weekend', () => {
    const table = businessTimeTable(officeHours, span);
    // Good Friday 2026 is 3 April: from Thursday evening, the next opening is Tuesday 7 April at 09:00 BST.
    const thursdayEvening = Date.UTC(2026, 3, 2, 18, 0);
    expect(new Date(table.addMillis(thursdayEvening, 0)).toISOString()).toBe('2026-04-07T08:00:00.000Z');
    expect(table.millisBetween(thursdayEvening, Date.UTC(2026, 3, 7, 8, 0))).toBe(0);
  });

  it('refuses instants outside its span rather than guess', () => {
    const table = businessTimeTable(officeHours, span);
    expect(() => table.millisBetween(span.from - DAY, span.from)).toThrow(RangeError);
    expect(() => table.addMillis(span.to - DAY, 400 * 3_600_000)).toThrow(RangeError);
  });
});
