import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import { ticketAttachmentRoutes } from './attachment.routes';
import { createTicketEngine } from './engine.service';
import { ticketGuestRoutes } from './guest-request.routes';
import { ticketReportRoutes } from './report.routes';
import { ticketSettingsRoutes } from './settings.routes';
import { ticketSurveyRoutes } from './survey.routes';
import { createTicketCoreRoutes } from './ticket.routes';
import { openTicket, resolveTicketDeps } from './ticket.service';

/** Every route of the tickets module, all on one engine (priority rules, routing, SLA, agents' load). */
export const ticketRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (app, { context }) => {
  const engine = createTicketEngine({ db: context.database.db, clock: context.clock });
  const ticketDeps = resolveTicketDeps({
    db: context.database.db,
    clock: context.clock,
    engine,
    portalUrl: context.config.publicUrls.portal,
  });
  await app.register(createTicketCoreRoutes({ engine }), { context });
  await app.register(ticketSettingsRoutes, { context });
  await app.register(ticketReportRoutes, { context });
  await app.register(ticketAttachmentRoutes, { context });
  await app.register(ticketSurveyRoutes, { context });
  await app.register(ticketGuestRoutes, {
    context,
    createTicket: (tx, input, actor) => openTicket(tx, ticketDeps, input, actor),
  });
};
