import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { auditActor } from '../../platform/http/audit-actor';
import { commonProblems, problemResponses } from '../../platform/http/errors';
import { expectedVersion, sendEntityTag } from '../../platform/http/etag';
import { idParamsSchema, pageSchema } from '../../platform/http/pagination';
import { createCalendarService } from './calendar.service';
import {
  calendarSchema,
  createCalendarBodySchema,
  settingsListQuerySchema,
  updateCalendarBodySchema,
} from './settings.dto';

/** /api/tickets/calendars: business hours in a time zone, and holidays, that SLA time is counted in. */
export const calendarRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (app, { context }) => {
  const service = createCalendarService({ db: context.database.db, clock: context.clock });
  const tags = ['ticket settings'];

  app.get(
    '/api/tickets/calendars',
    {
      config: { permission: 'tickets:write' },
      schema: {
        tags,
        summary: 'List business calendars',
        querystring: settingsListQuerySchema,
        response: { 200: pageSchema(calendarSchema), ...commonProblems },
      },
    },
    async (request) => service.listCalendars(request.query),
  );

  app.get(
    '/api/tickets/calendars/:id',
    {
      config: { permission: 'tickets:write' },
      schema: {
        tags,
        summary: 'Get a business calendar with its holidays',
        params: idParamsSchema,
        response: { 200: calendarSchema, ...commonProblems, ...problemResponses(404) },
      },
    },
    async (request, reply) => {
      const calendar = await service.getCalendar(request.params.id);
      sendEntityTag(reply, calendar.version);
      return calendar;
    },
  );

  app.post(
    '/api/tickets/calendars',
    {
      config: { permission: 'tickets:manage' },
      schema: {
        tags,
        summary: 'Create a business calendar',
        description:
          'Hours are minutes after local midnight per ISO weekday. 422 `invalid_calendar` for an unknown zone, overlapping hours or a week with none.',
        body: createCalendarBodySchema,
        response: { 201: calendarSchema, ...commonProblems, ...problemResponses(409, 422) },
      },
    },
    async (request, reply) => {
      const calendar = await service.createCalendar(auditActor(request), request.body);
      sendEntityTag(reply, calendar.version);
      return reply.code(201).header('location', `/api/tickets/calendars/${calendar.id}`).send(calendar);
    },
  );

  app.patch(
    '/api/tickets/calendars/:id',
    {
      config: { permission: 'tickets:manage' },
      schema: {
        tags,
        summary: 'Change a business calendar',
        description:
          '`holidays` replaces the holidays. The SLA deadlines of tickets being worked under it move with it. Takes `If-Match`.',
        params: idParamsSchema,
        body: updateCalendarBodySchema,
        response: { 200: calendarSchema, ...commonProblems, ...problemResponses(404, 409, 412, 422) },
      },
    },
    async (request, reply) => {
      const calendar = await service.updateCalendar(
        auditActor(request),
        request.params.id,
        request.body,
        expectedVersion(request),
      );
      sendEntityTag(reply, calendar.version);
      return calendar;
    },
  );

  app.delete(
    '/api/tickets/calendars/:id',
    {
      config: { permission: 'tickets:manage' },
      schema: {
        tags,
        summary: 'Delete a business calendar no SLA policy uses',
        description: '409 `calendar_in_use` while SLA policies count business time by it.',
        params: idParamsSchema,
        response: { 204: z.null(), ...commonProblems, ...problemResponses(404, 409, 412) },
      },
    },
    async (request, reply) => {
      await service.deleteCalendar(auditActor(request), request.params.id, expectedVersion(request));
      return reply.code(204).send(null);
    },
  );
};
