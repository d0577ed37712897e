import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import { auditActor } from '../../platform/http/audit-actor';
import { commonProblems, problemResponses } from '../../platform/http/errors';
import { expectedVersion, sendEntityTag } from '../../platform/http/etag';
import { ticketSettingsBodySchema, ticketSettingsSchema } from './settings.dto';
import { createTicketSettingsService } from './ticket-settings.service';

/** /api/tickets/settings: priority rules and the reopen window. */
export const supportSettingsRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (
  app,
  { context },
) => {
  const service = createTicketSettingsService({ db: context.database.db });
  const tags = ['ticket settings'];

  app.get(
    '/api/tickets/settings',
    {
      config: { permission: 'tickets:write' },
      schema: {
        tags,
        summary: 'Get the support settings',
        description: 'The defaults (version 0) until someone saves settings.',
        response: { 200: ticketSettingsSchema, ...commonProblems },
      },
    },
    async (_request, reply) => {
      const settings = await service.getSettings();
      sendEntityTag(reply, settings.version);
      return settings;
    },
  );

  app.put(
    '/api/tickets/settings',
    {
      config: { permission: 'tickets:manage' },
      schema: {
        tags,
        summary: 'Save the support settings',
        description:
          'The priority rules classify tickets created from now on; existing tickets keep their priority. Takes `If-Match` ("0" before the first save).',
        body: ticketSettingsBodySchema,
        response: { 200: ticketSettingsSchema, ...commonProblems, ...problemResponses(412) },
      },
    },
    async (request, reply) => {
      const settings = await service.saveSettings(
        auditActor(request),
        request.body,
        expectedVersion(request),
      );
      sendEntityTag(reply, settings.version);
      return settings;
    },
  );
};
