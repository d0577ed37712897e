import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { containsPattern, planKeyset } from '../../platform/db/keyset';
import type { Page } from '../../platform/http/pagination';
import { businessCalendars, businessHolidays } from './schema';

export type CalendarRow = typeof businessCalendars.$inferSelect;
export type Holiday = { day: string; name: string };
export type CalendarWithHolidays = CalendarRow & { holidays: Holiday[] };
export type CalendarValues = Pick<CalendarRow, 'name' | 'timeZone' | 'week'>;

async function withHolidays(executor: Executor, rows: CalendarRow[]): Promise<CalendarWithHolidays[]> {
  if (rows.length === 0) return [];
  const holidays = await executor
    .select()
    .from(businessHolidays)
    .where(
      inArray(
        businessHolidays.calendarId,
        rows.map((row) => row.id),
      ),
    )
    .orderBy(asc(businessHolidays.day));
  return rows.map((row) => ({
    ...row,
    holidays: holidays
      .filter((holiday) => holiday.calendarId === row.id)
      .map((holiday) => ({ day: holiday.day, name: holiday.name })),
  }));
}

export async function findCalendars(
  executor: Executor,
  query: { sort: string; cursor?: string; limit: number; q?: string },
): Promise<Page<CalendarWithHolidays>> {
  const plan = planKeyset(query, { columns: { name: businessCalendars.name }, id: businessCalendars.id });
  const rows = await executor
    .select()
    .from(businessCalendars)
    .where(
      and(plan.where, query.q ? sql`${businessCalendars.name} ilike ${containsPattern(query.q)}` : undefined),
    )
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  const page = plan.toPage(rows);
  return { items: await withHolidays(executor, page.items), nextCursor: page.nextCursor };
}

export async function findCalendarById(
  executor: Executor,
  id: number,
): Promise<CalendarWithHolidays | undefined> {
  const rows = await executor.select().from(businessCalendars).where(eq(businessCalendars.id, id));
  const [calendar] = await withHolidays(executor, rows);
  return calendar;
}

export async function calendarNameTaken(
  executor: Executor,
  name: string,
  exceptId?: number,
): Promise<boolean> {
  const [row] = await executor
    .select({ id: businessCalendars.id })
    .from(businessCalendars)
    .where(
      and(
        sql`lower(${businessCalendars.name}) = lower(${name})`,
        exceptId === undefined ? undefined : ne(businessCalendars.id, exceptId),
      ),
    )
    .limit(1);
  return row !== undefined;
}

export async function insertCalendar(executor: Executor, values: CalendarValues): Promise<CalendarRow> {
  const [row] = await executor.insert(businessCalendars).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Applies the changes if the calendar is still at `expectedVersion` (when given); undefined otherwise. */
export async function updateCalendar(
  executor: Executor,
  id: number,
  changes: Partial<CalendarValues>,
  expectedVersion?: number,
): Promise<CalendarRow | undefined> {
  const [row] = await executor
    .update(businessCalendars)
    .set({ ...changes, version: sql`${businessCalendars.version} + 1` })
    .where(
      and(
        eq(businessCalendars.id, id),
        expectedVersion === undefined ? undefined : eq(businessCalendars.version, expectedVersion),
      ),
    )
    .returning();
  return row;
}

export async function replaceHolidays(
  executor: Executor,
  calendarId: number,
  holidays: readonly Holiday[],
): Promise<void> {
  await executor.delete(businessHolidays).where(eq(businessHolidays.calendarId, calendarId));
  if (holidays.length === 0) return;
  await executor
    .insert(businessHolidays)
    .values(holidays.map((holiday) => ({ calendarId, day: holiday.day, name: holiday.name })));
}

export async function deleteCalendar(executor: Executor, id: number): Promise<void> {
  await executor.delete(businessCalendars).where(eq(businessCalendars.id, id));
}
