import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import { currentUser } from '../../platform/http/authentication';
import { commonProblems } from '../../platform/http/errors';
import { pageSchema } from '../../platform/http/pagination';
import { notificationListQuerySchema, notificationSchema } from './dto';
import { createNotificationService } from './notification.service';

export const notificationRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (
  app,
  { context },
) => {
  const service = createNotificationService({ db: context.database.db });

  app.get(
    '/api/notifications',
    {
      config: { permission: 'notifications:read' },
      schema: {
        tags: ['notifications'],
        summary: "The signed-in user's notifications, newest first",
        querystring: notificationListQuerySchema,
        response: { 200: pageSchema(notificationSchema), ...commonProblems },
      },
    },
    async (request) => service.listNotifications(currentUser(request), request.query),
  );
};
