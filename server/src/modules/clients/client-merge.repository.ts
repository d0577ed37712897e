import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { users } from '../identity/schema';
import { orders } from '../orders/schema';
import { tickets } from '../tickets/schema';
import { clientContacts, clientInteractions, clients, clientTasks, satisfactionResponses } from './schema';

// Rows of this module that follow a merged client to the survivor.

/** Contacts move; the survivor keeps its own primary contact if it has one. */
export async function moveContacts(
  executor: Executor,
  from: number,
  to: number,
  survivorHasPrimary: boolean,
) {
  const rows = await executor
    .update(clientContacts)
    .set({
      clientId: to,
      ...(survivorHasPrimary ? { isPrimary: false } : {}),
      version: sql`${clientContacts.version} + 1`,
    })
    .where(eq(clientContacts.clientId, from))
    .returning({ id: clientContacts.id });
  return rows.length;
}

export async function moveInteractions(executor: Executor, from: number, to: number) {
  const rows = await executor
    .update(clientInteractions)
    .set({ clientId: to })
    .where(eq(clientInteractions.clientId, from))
    .returning({ id: clientInteractions.id });
  return rows.length;
}

/** Tasks move; a rule-made task whose occasion the survivor already has keeps a distinct key. */
export async function moveTasks(executor: Executor, from: number, to: number) {
  const rows = await executor
    .update(clientTasks)
    .set({
      clientId: to,
      ruleKey: sql`case when exists (select 1 from ${clientTasks} as survivor_task
          where survivor_task.client_id = ${to} and survivor_task.rule_key = ${clientTasks.ruleKey})
        then left(${clientTasks.ruleKey} || ':merged-' || ${from}::text, 100) else ${clientTasks.ruleKey} end`,
      version: sql`${clientTasks.version} + 1`,
    })
    .where(eq(clientTasks.clientId, from))
    .returning({ id: clientTasks.id });
  return rows.length;
}

export async function moveSatisfactionResponses(executor: Executor, from: number, to: number) {
  const rows = await executor
    .update(satisfactionResponses)
    .set({ clientId: to })
    .where(eq(satisfactionResponses.clientId, from))
    .returning({ id: satisfactionResponses.id });
  return rows.length;
}

/** Clients merged earlier into the duplicate now point at the survivor: one hop always reaches it. */
export async function repointMergedClients(executor: Executor, from: number, to: number) {
  await executor.update(clients).set({ mergedIntoId: to }).where(eq(clients.mergedIntoId, from));
}

// Rows of OTHER modules that name the duplicate. A merge is the one place where the clients module writes
// them: the client id is the only column touched, in the merge's transaction, and each table has its own
// clearly named function. (When the orders, tickets and identity modules export "reassign to client"
// functions, these should call those instead.)

/** orders.client_id (orders module): the duplicate's orders, and through them its payments, move. */
export async function reassignOrdersToClient(executor: Executor, from: number, to: number) {
  const rows = await executor
    .update(orders)
    .set({ clientId: to, version: sql`${orders.version} + 1` })
    .where(eq(orders.clientId, from))
    .returning({ id: orders.id });
  return rows.length;
}

/** tickets.client_id (tickets module). */
export async function reassignTicketsToClient(executor: Executor, from: number, to: number) {
  const rows = await executor
    .update(tickets)
    .set({ clientId: to, version: sql`${tickets.version} + 1` })
    .where(eq(tickets.clientId, from))
    .returning({ id: tickets.id });
  return rows.length;
}

/** users.client_id of customer accounts (identity module): they now see the survivor. */
export async function reassignCustomerAccountsToClient(executor: Executor, from: number, to: number) {
  const rows = await executor
    .update(users)
    .set({ clientId: to, version: sql`${users.version} + 1` })
    .where(and(eq(users.clientId, from), eq(users.role, 'customer')))
    .returning({ id: users.id });
  return rows.length;
}
