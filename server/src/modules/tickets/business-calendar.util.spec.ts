import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessMillis,
  alwaysOpenCalendar,
  type BusinessCalendar,
  businessMillisBetween,
  calendarProblem,
  isOpenAt,
} from './business-calendar.util';

const hour = 3_600_000;
const nineToFive = [{ start: 9 * 60, end: 17 * 60 }];
const weekdays = (timeZone: string, holidays: string[] = []): BusinessCalendar => ({
  timeZone,
  week: { 1: nineToFive, 2: nineToFive, 3: nineToFive, 4: nineToFive, 5: nineToFive },
  holidays: new Set(holidays),
});
const berlin = weekdays('Europe/Berlin');
const at = (iso: string) => new Date(iso);

describe('business calendar deadlines', () => {
  it('counts within one working day', () => {
    // Monday 10:00 in Berlin (UTC+1 in November) plus four hours is 14:00 the same day.
    expect(addBusinessMillis(berlin, at('2026-11-23T09:00:00Z'), 4 * hour)).toEqual(
      at('2026-11-23T13:00:00Z'),
    );
  });

  it('carries what is left of the day over to the next morning', () => {
    expect(addBusinessMillis(berlin, at('2026-11-23T15:00:00Z'), 2 * hour)).toEqual(
      at('2026-11-24T09:00:00Z'),
    );
  });

  it('skips the weekend', () => {
    // Friday 16:00 plus two hours: one on Friday, one from Monday 09:00.
    expect(addBusinessMillis(berlin, at('2026-11-27T15:00:00Z'), 2 * hour)).toEqual(
      at('2026-11-30T09:00:00Z'),
    );
  });

  it('starts a ticket that arrives on Saturday on Monday morning', () => {
    expect(addBusinessMillis(berlin, at('2026-11-28T11:00:00Z'), 0)).toEqual(at('2026-11-30T08:00:00Z'));
    expect(addBusinessMillis(berlin, at('2026-11-28T11:00:00Z'), hour)).toEqual(at('2026-11-30T09:00:00Z'));
  });

  it('skips holidays, which are local dates', () => {
    const withHoliday = weekdays('Europe/Berlin', ['2026-11-24']);
    expect(addBusinessMillis(withHoliday, at('2026-11-23T15:00:00Z'), 2 * hour)).toEqual(
      at('2026-11-25T09:00:00Z'),
    );
    expect(businessMillisBetween(withHoliday, at('2026-11-23T08:00:00Z'), at('2026-11-26T08:00:00Z'))).toBe(
      16 * hour,
    );
  });

  it('reads opening hours in the calendar’s own time zone', () => {
    const arrival = at('2026-11-23T14:00:00Z'); // Monday: 09:00 in New York, 22:00 in Shanghai
    expect(addBusinessMillis(weekdays('America/New_York'), arrival, hour)).toEqual(
      at('2026-11-23T15:00:00Z'),
    );
    expect(addBusinessMillis(weekdays('Asia/Shanghai'), arrival, hour)).toEqual(at('2026-11-24T02:00:00Z'));
    expect(isOpenAt(weekdays('America/New_York'), arrival)).toBe(true);
    expect(isOpenAt(weekdays('Asia/Shanghai'), arrival)).toBe(false);
  });

  it('follows a daylight-saving change in the middle of a deadline', () => {
    // New York moves to EDT on Sunday 8 March 2026: Friday 16:00 EST is 21:00Z, Monday 10:00 EDT is 14:00Z.
    expect(addBusinessMillis(weekdays('America/New_York'), at('2026-03-06T21:00:00Z'), 2 * hour)).toEqual(
      at('2026-03-09T14:00:00Z'),
    );
    // Round the clock in Berlin, the spring-forward Sunday has 23 hours and the autumn one 25.
    const allDay = alwaysOpenCalendar('Europe/Berlin');
    expect(businessMillisBetween(allDay, at('2026-03-28T23:00:00Z'), at('2026-03-29T22:00:00Z'))).toBe(
      23 * hour,
    );
    expect(businessMillisBetween(allDay, at('2026-10-24T22:00:00Z'), at('2026-10-25T23:00:00Z'))).toBe(
      25 * hour,
    );
  });

  it('counts only the hours that exist when opening hours span the change', () => {
    const nightShift: BusinessCalendar = {
      timeZone: 'Europe/Berlin',
      week: { 7: [{ start: 60, end: 4 * 60 }] },
      holidays: new Set(),
    };
    // From Saturday noon to Sunday noon (UTC): the whole Sunday night shift, whatever the offsets.
    const sundayOpens = (saturday: string, sunday: string) =>
      businessMillisBetween(nightShift, at(`${saturday}T12:00:00Z`), at(`${sunday}T12:00:00Z`));
    expect(sundayOpens('2026-03-28', '2026-03-29')).toBe(2 * hour); // 02:00 to 03:00 never happens
    expect(sundayOpens('2026-10-24', '2026-10-25')).toBe(4 * hour); // 02:00 to 03:00 happens twice
    expect(sundayOpens('2026-10-31', '2026-11-01')).toBe(3 * hour);
  });

  it('is zero between an instant and an earlier one, and over a closed weekend', () => {
    expect(businessMillisBetween(berlin, at('2026-11-24T10:00:00Z'), at('2026-11-23T10:00:00Z'))).toBe(0);
    expect(businessMillisBetween(berlin, at('2026-11-28T00:00:00Z'), at('2026-11-29T23:00:00Z'))).toBe(0);
  });

  it('measures back exactly the business time it added, anywhere in the year', () => {
    const calendars = [
      berlin,
      weekdays('America/New_York', ['2026-07-03']),
      alwaysOpenCalendar('Asia/Kolkata'),
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...calendars),
        fc.date({ min: at('2026-01-01T00:00:00Z'), max: at('2027-01-01T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 200 * hour }),
        (calendar, from, millis) => {
          const due = addBusinessMillis(calendar, from, millis);
          expect(due.getTime()).toBeGreaterThanOrEqual(from.getTime());
          expect(businessMillisBetween(calendar, from, due)).toBe(millis);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('calendar validation', () => {
  it('accepts a sound calendar and names what is wrong with others', () => {
    expect(calendarProblem(berlin)).toBeNull();
    expect(calendarProblem({ ...berlin, timeZone: 'Mars/Olympus' })).toMatch(/time zone/);
    expect(calendarProblem({ ...berlin, week: {} })).toMatch(/no opening hours/);
    expect(calendarProblem({ ...berlin, week: { 1: [{ start: 600, end: 540 }] } })).toMatch(/forward/);
    expect(
      calendarProblem({
        ...berlin,
        week: {
          1: [
            { start: 540, end: 720 },
            { start: 700, end: 800 },
          ],
        },
      }),
    ).toMatch(/overlap/);
  });

  it('refuses to search forever in a calendar that never opens', () => {
    const closed: BusinessCalendar = { timeZone: 'UTC', week: {}, holidays: new Set() };
    expect(() => addBusinessMillis(closed, at('2026-11-23T00:00:00Z'), hour)).toThrow(/no opening hours/);
  });
});
