import { and, eq, getTableColumns } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { planKeyset } from '../../platform/db/keyset';
import type { Page } from '../../platform/http/pagination';
import { userNameOf } from './client.repository';
import { clientInteractions } from './schema';

const interactionFields = {
  ...getTableColumns(clientInteractions),
  authorName: userNameOf(clientInteractions.authorUserId),
};

export type InteractionRow = typeof clientInteractions.$inferSelect & { authorName: string | null };

export async function insertInteraction(
  executor: Executor,
  values: typeof clientInteractions.$inferInsert,
): Promise<InteractionRow> {
  const [row] = await executor.insert(clientInteractions).values(values).returning(interactionFields);
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Newest first, keyset-paged on (occurred_at, id), which the client index serves. */
export async function findInteractions(
  executor: Executor,
  options: { clientId: number; kind?: InteractionRow['kind']; cursor?: string; limit: number },
): Promise<Page<InteractionRow>> {
  const plan = planKeyset(
    { sort: '-occurredAt', cursor: options.cursor, limit: options.limit },
    { columns: { occurredAt: clientInteractions.occurredAt }, id: clientInteractions.id },
  );
  const rows = await executor
    .select(interactionFields)
    .from(clientInteractions)
    .where(
      and(
        eq(clientInteractions.clientId, options.clientId),
        options.kind ? eq(clientInteractions.kind, options.kind) : undefined,
        plan.where,
      ),
    )
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  return plan.toPage(rows);
}
