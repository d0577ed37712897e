import { describe, expect, it } from 'vitest';
import {
  type CalendarFormValues,
  calendarFormValues,
  calendarOfForm,
  dayProblems,
  holidayProblems,
  minutesOfTime,
  openMinutes,
  rangeOfRow,
  timeOfMinutes,
} from './calendar-form';

const row = (key: string, start: string, end: string) => ({ key, start, end });

describe('calendar form', () => {
  it('reads and writes times of day as minutes after midnight', () => {
    expect(minutesOfTime('09:30')).toBe(570);
    expect(minutesOfTime('24:00')).toBeNull();
    expect(minutesOfTime('9:30')).toBeNull();
    expect(timeOfMinutes(570)).toBe('09:30');
    expect(timeOfMinutes(1440)).toBe('00:00');
  });

  it('takes an end of 00:00 as midnight at the end of the day', () => {
    expect(rangeOfRow({ start: '18:00', end: '00:00' })).toEqual({ start: 1080, end: 1440 });
    expect(rangeOfRow({ start: '00:00', end: '00:00' })).toEqual({ start: 0, end: 1440 });
  });

  it('finds bad times, ranges that end before they start, and overlaps', () => {
    const problems = dayProblems([
      row('a', '09:00', '12:00'),
      row('b', '11:30', '13:00'),
      row('c', '17:00', '16:00'),
      row('d', '', '10:00'),
      row('e', '13:00', '17:00'),
    ]);
    expect(Object.fromEntries(problems)).toEqual({ b: 'overlap', c: 'endBeforeStart', d: 'invalidTime' });
  });

  it('accepts ranges that touch', () => {
    expect(dayProblems([row('a', '13:00', '17:00'), row('b', '09:00', '13:00')]).size).toBe(0);
  });

  it('wants a day and a name for each holiday, and each day once', () => {
    const problems = holidayProblems([
      { key: 'a', day: '2026-12-25', name: 'Christmas' },
      { key: 'b', day: '', name: 'Someday' },
      { key: 'c', day: '2026-12-26', name: ' ' },
      { key: 'd', day: '2026-12-25', name: 'Again' },
    ]);
    expect(Object.fromEntries(problems)).toEqual({ b: 'dayRequired', c: 'nameRequired', d: 'duplicate' });
  });

  it('starts a new calendar on office hours, Monday to Friday, in the given zone', () => {
    const values = calendarFormValues(null, 'Europe/Berlin');
    expect(values.timeZone).toBe('Europe/Berlin');
    expect(values.week['1'].map(({ start, end }) => [start, end])).toEqual([['09:00', '17:00']]);
    expect(values.week['6']).toEqual([]);
    expect(openMinutes(values.week)).toBe(5 * 8 * 60);
  });

  it('round-trips a calendar through the form', () => {
    const calendar = {
      name: 'Shanghai desk',
      timeZone: 'Asia/Shanghai',
      week: {
        '1': [
          { start: 840, end: 1440 },
          { start: 0, end: 120 },
        ],
        '6': [{ start: 600, end: 840 }],
      },
      holidays: [{ day: '2026-10-01', name: 'National Day' }],
    };
    const values: CalendarFormValues = calendarFormValues(calendar, 'UTC');
    values.name = '  Shanghai desk ';
    values.holidays.unshift({ key: 'new', day: '2026-02-17', name: ' Spring Festival ' });
    expect(calendarOfForm(values)).toEqual({
      name: 'Shanghai desk',
      timeZone: 'Asia/Shanghai',
      week: {
        '1': [
          { start: 0, end: 120 },
          { start: 840, end: 1440 },
        ],
        '6': [{ start: 600, end: 840 }],
      },
      holidays: [
        { day: '2026-02-17', name: 'Spring Festival' },
        { day: '2026-10-01', name: 'National Day' },
      ],
    });
  });
});
