import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import { clientRoutes } from './client.routes';
import { contactRoutes } from './contact.routes';
import { customFieldRoutes } from './custom-field.routes';
import { interactionRoutes } from './interaction.routes';
import { runRelationshipRules, sendTaskReminders } from './relationship-rules.service';
import { refreshRfmScores } from './rfm.repository';
import { satisfactionRoutes } from './satisfaction.routes';
import { segmentRoutes } from './segment.routes';
import { taskRoutes } from './task.routes';

// How often the relationship rules run and reminders go out; each runs once across all instances.
export const RELATIONSHIP_RULES_CRON = '*/15 * * * *';
export const TASK_REMINDERS_CRON = '*/5 * * * *';

/** Everything the clients module serves, and its scheduled work. */
export const clientsModuleRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (
  app,
  { context },
) => {
  const deps = { db: context.database.db, clock: context.clock };
  context.jobs.schedule('clients.relationship-rules', RELATIONSHIP_RULES_CRON, async () => {
    await runRelationshipRules(deps);
  });
  context.jobs.schedule('clients.task-reminders', TASK_REMINDERS_CRON, async () => {
    await sendTaskReminders(deps);
  });
  // RFM scores rank every client, so they are recomputed on a schedule (RFM_REFRESH_CRON), not per request.
  context.jobs.schedule('clients.rfm-refresh', context.config.jobs.rfmRefreshCron, async () => {
    await refreshRfmScores(deps.db);
  });
  for (const routes of [
    clientRoutes,
    contactRoutes,
    customFieldRoutes,
    interactionRoutes,
    satisfactionRoutes,
    segmentRoutes,
    taskRoutes,
  ]) {
    await app.register(routes, { context });
  }
};
