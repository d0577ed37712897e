import { and, eq, ilike } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { containsPattern, planKeyset } from '../../platform/db/keyset';
import type { NotificationListQuery } from './dto';
import { notifications } from './schema';

export async function findNotificationsForUser(
  executor: Executor,
  userId: number,
  query: NotificationListQuery,
) {
  const plan = planKeyset(query, { columns: { createdAt: notifications.createdAt }, id: notifications.id });
  const rows = await executor
    .select({
      id: notifications.id,
      channel: notifications.channel,
      title: notifications.title,
      body: notifications.body,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, userId),
        plan.where,
        query.q ? ilike(notifications.title, containsPattern(query.q)) : undefined,
      ),
    )
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  return plan.toPage(rows);
}
