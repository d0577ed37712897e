import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import { agentRoutes } from './agent.routes';
import { calendarRoutes } from './calendar.routes';
import { categoryRoutes } from './category.routes';
import { queueRoutes } from './queue.routes';
import { slaPolicyRoutes } from './sla-policy.routes';
import { runSlaSweep } from './sla-sweep.service';
import { supportSettingsRoutes } from './ticket-settings.routes';

/**
 * Routing and SLA settings of the tickets module (queues, categories, agents, SLA policies, calendars,
 * support settings) and its scheduled SLA sweep.
 */
export const ticketSettingsRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (
  app,
  { context },
) => {
  const { db } = context.database;
  // Due warnings and breaches are found on a schedule (TICKET_SLA_SWEEP_CRON), once across all instances.
  context.jobs.schedule('tickets.sla-sweep', context.config.jobs.ticketSlaSweepCron, async () => {
    const result = await runSlaSweep(db, { now: context.clock() });
    if (result.warned + result.breached > 0) context.logger.info(result, 'SLA sweep');
  });
  for (const routes of [
    queueRoutes,
    categoryRoutes,
    agentRoutes,
    slaPolicyRoutes,
    calendarRoutes,
    supportSettingsRoutes,
  ]) {
    await app.register(routes, { context });
  }
};
