import type { Database, Executor } from '../../platform/db/database';
import { constraintViolation, sqlState } from '../../platform/db/errors';
import type { AuditActor } from '../../platform/http/audit-actor';
import { AppError, notFound } from '../../platform/http/errors';
import { versionConflict } from '../../platform/http/etag';
import { recordAudit } from '../identity';
import { type BusinessCalendar, calendarProblem } from './business-calendar.util';
import {
  type CalendarWithHolidays,
  calendarNameTaken,
  deleteCalendar,
  findCalendarById,
  findCalendars,
  insertCalendar,
  replaceHolidays,
  updateCalendar,
} from './calendar.repository';
import type { CalendarDto, CreateCalendarBody, SettingsListQuery, UpdateCalendarBody } from './settings.dto';
import { recomputeSlaInstants } from './sla.service';
import { findPolicyNamesUsingCalendar } from './sla-policy.repository';

const toCalendarDto = (row: CalendarWithHolidays): CalendarDto => ({
  id: row.id,
  name: row.name,
  timeZone: row.timeZone,
  week: row.week,
  holidays: row.holidays,
  version: row.version,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

const nameTaken = (name: string) =>
  new AppError('calendar_name_taken', 409, `A calendar named ${name} exists already`);

/** Opening hours that cannot be counted in (an unknown zone, overlapping hours, an empty week) are a 422. */
function checkCalendar(timeZone: string, week: CalendarDto['week']) {
  const calendar: BusinessCalendar = {
    timeZone,
    week: Object.fromEntries(Object.entries(week).map(([day, hours]) => [Number(day), hours ?? []])),
    holidays: new Set(),
  };
  const problem = calendarProblem(calendar);
  if (problem) {
    throw new AppError('invalid_calendar', 422, `The calendar cannot be used: ${problem}`, {
      errors: [
        {
          parameter: problem.startsWith('unknown time zone') ? 'body.timeZone' : 'body.week',
          message: problem,
        },
      ],
    });
  }
}

/**
 * Business calendars: opening hours in a time zone, and holidays. Changing one moves the SLA deadlines of
 * the tickets being worked under it (their business time so far is kept).
 */
export function createCalendarService(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;

  async function existing(executor: Executor, id: number) {
    const calendar = await findCalendarById(executor, id);
    if (!calendar) throw notFound('calendar', id);
    return calendar;
  }

  async function guardUniqueName<Result>(name: string | undefined, work: () => Promise<Result>) {
    try {
      return await work();
    } catch (error) {
      if (name && constraintViolation(error)?.code === sqlState.uniqueViolation) throw nameTaken(name);
      throw error;
    }
  }

  return {
    async listCalendars(query: SettingsListQuery) {
      const page = await findCalendars(db, query);
      return { items: page.items.map(toCalendarDto), nextCursor: page.nextCursor };
    },

    getCalendar: async (id: number) => toCalendarDto(await existing(db, id)),

    createCalendar: (actor: AuditActor, body: CreateCalendarBody) =>
      guardUniqueName(body.name, () =>
        db.transaction(async (tx) => {
          checkCalendar(body.timeZone, body.week);
          if (await calendarNameTaken(tx, body.name)) throw nameTaken(body.name);
          const row = await insertCalendar(tx, { name: body.name, timeZone: body.timeZone, week: body.week });
          await replaceHolidays(tx, row.id, body.holidays);
          const calendar = toCalendarDto(await existing(tx, row.id));
          await recordAudit(tx, actor, {
            action: 'create',
            resource: 'business_calendar',
            resourceId: row.id,
            after: calendar,
          });
          return calendar;
        }),
      ),

    async updateCalendar(
      actor: AuditActor,
      id: number,
      changes: UpdateCalendarBody,
      expectedVersion?: number,
    ) {
      const calendar = await guardUniqueName(changes.name, () =>
        db.transaction(async (tx) => {
          const current = toCalendarDto(await existing(tx, id));
          if (expectedVersion !== undefined && current.version !== expectedVersion)
            throw versionConflict('calendar');
          checkCalendar(changes.timeZone ?? current.timeZone, changes.week ?? current.week);
          if (changes.name && (await calendarNameTaken(tx, changes.name, id))) throw nameTaken(changes.name);
          const row = await updateCalendar(
            tx,
            id,
            { name: changes.name, timeZone: changes.timeZone, week: changes.week },
            current.version,
          );
          if (!row) throw versionConflict('calendar');
          if (changes.holidays) await replaceHolidays(tx, id, changes.holidays);
          const calendar = toCalendarDto(await existing(tx, id));
          await recordAudit(tx, actor, {
            action: 'update',
            resource: 'business_calendar',
            resourceId: id,
            before: current,
            after: calendar,
          });
          return calendar;
        }),
      );
      if (changes.timeZone || changes.week || changes.holidays) {
        await recomputeSlaInstants(db, { calendarId: id, now: clock() });
      }
      return calendar;
    },

    /** A calendar an SLA policy counts by stays (409): point the policies elsewhere first. */
    deleteCalendar: (actor: AuditActor, id: number, expectedVersion?: number) =>
      db.transaction(async (tx) => {
        const current = toCalendarDto(await existing(tx, id));
        if (expectedVersion !== undefined && current.version !== expectedVersion)
          throw versionConflict('calendar');
        const policies = await findPolicyNamesUsingCalendar(tx, id);
        if (policies.length > 0) {
          throw new AppError(
            'calendar_in_use',
            409,
            `SLA policies count business time by ${current.name} (${policies.join(', ')}); give them another calendar first`,
            { policies },
          );
        }
        await deleteCalendar(tx, id);
        await recordAudit(tx, actor, {
          action: 'delete',
          resource: 'business_calendar',
          resourceId: id,
          before: current,
        });
      }),
  };
}
