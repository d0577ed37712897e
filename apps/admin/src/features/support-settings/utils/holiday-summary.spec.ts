import { describe, expect, it } from 'vitest';
import { upcomingHolidays } from './holiday-summary';

const holidays = [
  { day: '2026-12-26', name: 'Boxing Day' },
  { day: '2026-01-01', name: 'New Year' },
  { day: '2026-12-25', name: 'Christmas Day' },
  { day: '2027-01-01', name: 'New Year' },
  { day: '2027-04-02', name: 'Good Friday' },
];

describe('holiday summary', () => {
  it('lists the next holidays from today on, in date order, with how many more come and have passed', () => {
    const summary = upcomingHolidays(holidays, '2026-12-25', 3);
    expect(summary.next.map((holiday) => holiday.day)).toEqual(['2026-12-25', '2026-12-26', '2027-01-01']);
    expect(summary).toMatchObject({ later: 1, past: 1 });
  });

  it('shows nothing upcoming once every holiday has passed', () => {
    expect(upcomingHolidays(holidays, '2028-01-01', 3)).toEqual({ next: [], later: 0, past: 5 });
  });
});
