import type { ModuleDefinition } from '../../platform/http/app';
import { notificationRoutes } from './routes';

export { notifications } from './schema';

/** Notifications: in-app, email and SMS messages to users, and the rules that send them. */
export const notificationsModule: ModuleDefinition = { name: 'notifications', routes: notificationRoutes };
