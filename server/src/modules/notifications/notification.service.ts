import type { AuthenticatedUser } from '../../platform/auth/tokens';
import type { Database } from '../../platform/db/database';
import type { NotificationListQuery } from './dto';
import { findNotificationsForUser } from './notification.repository';

export function createNotificationService(deps: { db: Database }) {
  const { db } = deps;
  return {
    /** Everyone sees only their own notifications, whatever their role. */
    listNotifications: (user: AuthenticatedUser, query: NotificationListQuery) =>
      findNotificationsForUser(db, user.id, query),
  };
}
