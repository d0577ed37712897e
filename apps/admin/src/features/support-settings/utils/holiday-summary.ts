import type { Holiday } from './calendar-form';

/** The first `count` holidays from `today` on, in date order, and how many come later or have passed. */
export function upcomingHolidays(holidays: readonly Holiday[], today: string, count: number) {
  const sorted = [...holidays].sort((left, right) => left.day.localeCompare(right.day));
  const coming = sorted.filter((holiday) => holiday.day >= today);
  return {
    next: coming.slice(0, count),
    later: Math.max(0, coming.length - count),
    past: sorted.length - coming.length,
  };
}
