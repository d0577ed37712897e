import { type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../platform/db/database';
import { orders, payments } from '../orders/schema';
import { tickets } from '../tickets/schema';
import { userNameOf } from './client.repository';
import type { TimelineType } from './dto';
import { clientInteractions, clientStageChanges } from './schema';

export type TimelineRow = { type: TimelineType; id: number; at: Date | string; title: string; data: unknown };
export type TimelinePosition = { at: string; type: TimelineType; id: number };

type Branch = { at: SQL; id: SQL; from: SQL; where: SQL; title: SQL; data: SQL };

/**
 * The sources of a client's timeline, each as one SELECT over its own indexed (client, time) path. Orders,
 * payments and tickets belong to other modules and are only read here.
 */
function branches(clientId: number): Record<TimelineType, Branch> {
  return {
    interaction: {
      at: sql`${clientInteractions.occurredAt}`,
      id: sql`${clientInteractions.id}`,
      from: sql`${clientInteractions}`,
      where: sql`${clientInteractions.clientId} = ${clientId}`,
      title: sql`${clientInteractions.subject}`,
      data: sql`jsonb_build_object('kind', ${clientInteractions.kind}, 'body', ${clientInteractions.body},
        'authorUserId', ${clientInteractions.authorUserId}, 'authorName', ${userNameOf(clientInteractions.authorUserId)},
        'contactId', ${clientInteractions.contactId},
        'durationMinutes', ${clientInteractions.durationMinutes})`,
    },
    order: {
      at: sql`${orders.orderDate}`,
      id: sql`${orders.id}`,
      from: sql`${orders}`,
      where: sql`${orders.clientId} = ${clientId}`,
      title: sql`'Order #' || ${orders.id}`,
      // Amounts as text: a JSON number would pass through binary floating point.
      data: sql`jsonb_build_object('status', ${orders.status}, 'totalAmount', ${orders.totalAmount}::text,
        'currency', ${orders.currency})`,
    },
    payment: {
      at: sql`${payments.paidAt}`,
      id: sql`${payments.id}`,
      from: sql`${payments} join ${orders} on ${orders.id} = ${payments.orderId}`,
      where: sql`${orders.clientId} = ${clientId}`,
      title: sql`(case ${payments.kind} when 'refund' then 'Refund' else 'Payment' end) || ' for order #' || ${payments.orderId}`,
      data: sql`jsonb_build_object('kind', ${payments.kind}, 'amount', ${payments.amount}::text,
        'method', ${payments.method}, 'reference', ${payments.reference}, 'orderId', ${payments.orderId})`,
    },
    ticket: {
      at: sql`${tickets.createdAt}`,
      id: sql`${tickets.id}`,
      from: sql`${tickets}`,
      where: sql`${tickets.clientId} = ${clientId}`,
      title: sql`${tickets.title}`,
      data: sql`jsonb_build_object('status', ${tickets.status}, 'priority', ${tickets.priority})`,
    },
    stage_change: {
      at: sql`${clientStageChanges.changedAt}`,
      id: sql`${clientStageChanges.id}`,
      from: sql`${clientStageChanges}`,
      where: sql`${clientStageChanges.clientId} = ${clientId}`,
      title: sql`'Stage ' || coalesce(${clientStageChanges.fromStage} || ' → ', '') || ${clientStageChanges.toStage}`,
      data: sql`jsonb_build_object('fromStage', ${clientStageChanges.fromStage}, 'toStage', ${clientStageChanges.toStage},
        'reason', ${clientStageChanges.reason}, 'changedBy', ${clientStageChanges.changedBy},
        'changedByName', ${userNameOf(clientStageChanges.changedBy)})`,
    },
  };
}

/**
 * One page of the merged timeline, newest first, ordered by (time, type, id) so equal times still have
 * one order. Each source contributes at most a page after the cursor; the union keeps the best of them.
 */
export async function findTimeline(
  executor: Executor,
  options: { clientId: number; types: readonly TimelineType[]; after?: TimelinePosition; fetch: number },
): Promise<TimelineRow[]> {
  const all = branches(options.clientId);
  const selects = options.types.map((type) => {
    const branch = all[type];
    const after = options.after
      ? sql` and (${branch.at}, ${type}::text, ${branch.id}) < (${options.after.at}::timestamptz, ${options.after.type}::text, ${options.after.id}::int)`
      : sql``;
    return sql`(select ${type}::text as type, ${branch.id} as id, ${branch.at} as at, ${branch.title} as title,
      ${branch.data} as data from ${branch.from} where ${branch.where}${after}
      order by ${branch.at} desc, ${branch.id} desc limit ${options.fetch})`;
  });
  return queryRows<TimelineRow>(
    executor,
    sql`select type, id, at, title, data from (${sql.join(selects, sql` union all `)}) as timeline
      order by at desc, type desc, id desc limit ${options.fetch}`,
  );
}
