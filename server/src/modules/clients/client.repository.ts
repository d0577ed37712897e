import {
  and,
  asc,
  desc,
  eq,
  getTableColumns,
  getTableName,
  inArray,
  isNotNull,
  isNull,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../platform/db/database';
import { containsPattern, planKeyset } from '../../platform/db/keyset';
import { preparedQuery, reusableStatement } from '../../platform/db/prepared';
import type { Page } from '../../platform/http/pagination';
import { users } from '../identity/schema';
import { orders } from '../orders/schema';
import { tickets } from '../tickets/schema';
import type { ClientDto } from './dto';
import { clientInteractions, clientStageChanges, clients, satisfactionResponses } from './schema';

const sortableColumns = { companyName: clients.companyName, createdAt: clients.createdAt };

/**
 * The name of the user a column points at (the name, or the email when the account has none), read by the
 * users primary key in the same statement. A scalar sub-select rather than a join: the same field list then
 * serves RETURNING, FOR UPDATE and every list, and PostgreSQL evaluates it only for the rows a query
 * returns (after LIMIT, and after a top-N sort, where a join would be made for every row sorted).
 */
export const userNameOf = (column: AnyPgColumn) =>
  sql<
    string | null
  >`(select coalesce(${users.name}, ${users.email}) from ${users} where ${users.id} = ${outerColumn(column)})`;

/**
 * A column named with its table, for a sub-select: drizzle leaves columns unqualified when a query reads
 * one table, and inside the sub-select an unqualified name would mean the sub-select's own column if it had one.
 */
export function outerColumn(column: AnyPgColumn): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}

const { searchText: _internal, ...clientColumns } = getTableColumns(clients);
/** A client as the API shows it: its columns (without the search text) and its owner's name. */
export const clientFields = { ...clientColumns, ownerName: userNameOf(clients.ownerUserId) };

export type ClientRow = typeof clients.$inferSelect;
export type ClientInsert = typeof clients.$inferInsert;

/** What every client list (list, export, pipeline, segments) can be narrowed by. */
export type ClientFilter = {
  q?: string;
  stage?: ClientRow['stage'];
  tier?: ClientRow['tier'];
  ownerUserId?: number;
  tag?: string;
  industry?: string;
  /** false: working clients only; true: only archived ones; all: both. */
  archived?: 'false' | 'true' | 'all';
  /** A customer's scope: only this client. */
  onlyClientId?: number;
};

export type ClientListRequest = ClientFilter & { sort: string; cursor?: string; limit: number };

/** The filter's conditions except `archived`, which callers place where it costs least. */
function filterConditions(filter: ClientFilter): (SQL | undefined)[] {
  return [
    filter.q ? sql`${clients.searchText} like lower(${containsPattern(filter.q)})` : undefined,
    filter.onlyClientId === undefined ? undefined : eq(clients.id, filter.onlyClientId),
    filter.stage ? eq(clients.stage, filter.stage) : undefined,
    filter.tier ? eq(clients.tier, filter.tier) : undefined,
    filter.ownerUserId === undefined ? undefined : eq(clients.ownerUserId, filter.ownerUserId),
    filter.tag ? sql`${clients.tags} @> ${JSON.stringify([filter.tag])}::jsonb` : undefined,
    filter.industry ? sql`lower(${clients.industry}) = lower(${filter.industry})` : undefined,
  ];
}

function archivedCondition(archived: ClientFilter['archived']): SQL | undefined {
  if (archived === 'all') return undefined;
  return archived === 'true' ? isNotNull(clients.archivedAt) : isNull(clients.archivedAt);
}

/** All conditions of a filter, for queries that read client rows anyway (counts, segments). */
export function clientFilterWhere(filter: ClientFilter): SQL | undefined {
  return and(...filterConditions(filter), archivedCondition(filter.archived ?? 'false'));
}

export async function findClients(executor: Executor, request: ClientListRequest): Promise<Page<ClientDto>> {
  const plan = planKeyset(request, { columns: sortableColumns, id: clients.id });
  const archived = request.archived ?? 'false';
  if (!request.q || archived !== 'false') {
    const rows = await executor
      .select(clientFields)
      .from(clients)
      .where(and(plan.where, ...filterConditions(request), archivedCondition(archived)))
      .orderBy(...plan.orderBy)
      .limit(plan.fetch);
    return plan.toPage(rows);
  }
  // A search finds the page's ids first, from the sort index alone (it carries search_text), and only
  // then reads those rows: thousands of index entries may be checked, but only a page of rows is read.
  // Leaving archived clients out is done on that page, not in the search, which would otherwise read the
  // row behind every index entry it checks; a page may then hold fewer items, and nextCursor stays exact.
  const field = request.sort.replace(/^-/, '') as keyof typeof sortableColumns | 'id';
  const direction = request.sort.startsWith('-') ? desc : asc;
  const sortColumn = field === 'id' ? clients.id : sortableColumns[field];
  const page = executor
    .select({ pageId: sql<number>`${clients.id}`.as('page_id'), sortValue: sortColumn })
    .from(clients)
    .where(and(plan.where, ...filterConditions(request)))
    .orderBy(...plan.orderBy)
    .limit(plan.fetch)
    .as('page');
  const rows = await executor
    .select({ pageId: page.pageId, sortValue: page.sortValue, client: clientFields })
    .from(page)
    .leftJoin(clients, and(eq(clients.id, page.pageId), isNull(clients.archivedAt)))
    .orderBy(direction(page.sortValue), direction(page.pageId));
  const candidates = plan.toPage(
    rows.map((row) => ({ id: row.pageId, [field]: row.sortValue, client: row.client })),
  );
  return {
    items: candidates.items.flatMap((candidate) => (candidate.client ? [candidate.client] : [])),
    nextCursor: candidates.nextCursor,
  };
}

/** Every client a filter matches, a page at a time, in list order: for streaming exports. */
export async function* iterateClients(
  executor: Executor,
  request: Omit<ClientListRequest, 'limit' | 'cursor'>,
  pageSize = 500,
): AsyncGenerator<ClientDto[]> {
  let cursor: string | undefined;
  do {
    const page = await findClients(executor, { ...request, limit: pageSize, cursor });
    if (page.items.length > 0) yield page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

export async function countClientsByStage(
  executor: Executor,
  filter: ClientFilter,
): Promise<Map<ClientRow['stage'], number>> {
  const rows = await executor
    .select({ stage: clients.stage, count: sql<number>`count(*)::int` })
    .from(clients)
    .where(clientFilterWhere({ ...filter, stage: undefined, archived: 'false' }))
    .groupBy(clients.stage);
  return new Map(rows.map((row) => [row.stage, row.count]));
}

export async function findClientById(executor: Executor, id: number): Promise<ClientDto | undefined> {
  const byId = preparedQuery(executor, 'find_client_by_id', (db) =>
    db
      .select(clientFields)
      .from(clients)
      .where(eq(clients.id, sql.placeholder('id')))
      .prepare('find_client_by_id'),
  );
  const [row] = await byId.execute({ id });
  return row;
}

/** The row, locked until the transaction ends, so checks made on it hold for the write that follows. */
export async function lockClient(executor: Executor, id: number): Promise<ClientDto | undefined> {
  const [row] = await executor.select(clientFields).from(clients).where(eq(clients.id, id)).for('update');
  return row;
}

export async function insertClient(executor: Executor, values: ClientInsert): Promise<ClientDto> {
  const [row] = await executor.insert(clients).values(values).returning(clientFields);
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Applies the changes and bumps the version; undefined when the expected version is not the current one. */
export async function updateClientRow(
  executor: Executor,
  id: number,
  changes: Partial<ClientInsert>,
  expectedVersion?: number,
): Promise<ClientDto | undefined> {
  const [row] = await executor
    .update(clients)
    .set({ ...changes, version: sql`${clients.version} + 1` })
    .where(
      and(
        eq(clients.id, id),
        expectedVersion === undefined ? undefined : eq(clients.version, expectedVersion),
      ),
    )
    .returning(clientFields);
  return row;
}

export async function deleteClientRow(executor: Executor, id: number): Promise<void> {
  await executor.delete(clients).where(eq(clients.id, id));
}

/**
 * Moves the last contact forward to `at` (never back). Derived bookkeeping: the version stays, so logging
 * a call does not make someone's open edit of the profile stale.
 */
export async function touchLastContact(executor: Executor, id: number, at: Date): Promise<void> {
  await executor
    .update(clients)
    .set({ lastContactAt: sql`greatest(${clients.lastContactAt}, ${at.toISOString()}::timestamptz)` })
    .where(eq(clients.id, id));
}

export async function insertStageChange(executor: Executor, values: typeof clientStageChanges.$inferInsert) {
  await executor.insert(clientStageChanges).values(values);
}

/**
 * What makes a client history rather than a mistake: orders, tickets, logged interactions, satisfaction
 * answers, customer accounts, clients merged into it. Read-only queries on other modules' tables.
 */
export async function findClientHistory(executor: Executor, id: number): Promise<string[]> {
  const exists = (table: SQL) => sql<boolean>`exists (${table})`;
  const [row] = await executor
    .select({
      orders: exists(sql`select 1 from ${orders} where ${orders.clientId} = ${id}`),
      tickets: exists(sql`select 1 from ${tickets} where ${tickets.clientId} = ${id}`),
      interactions: exists(
        sql`select 1 from ${clientInteractions} where ${clientInteractions.clientId} = ${id}`,
      ),
      satisfaction: exists(
        sql`select 1 from ${satisfactionResponses} where ${satisfactionResponses.clientId} = ${id}`,
      ),
      customerAccounts: exists(sql`select 1 from ${users} where ${users.clientId} = ${id}`),
      mergedClients: exists(sql`select 1 from ${clients} where ${clients.mergedIntoId} = ${id}`),
    })
    .from(sql`(select 1) as one`);
  return Object.entries(row ?? {})
    .filter(([, present]) => present)
    .map(([kind]) => kind);
}

/** Active staff users by id: owners must be one. */
export async function findActiveStaffUserIds(executor: Executor, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await executor
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, ids), sql`${users.role} <> 'customer'`, eq(users.isActive, true)));
  return new Set(rows.map((row) => row.id));
}

/** Staff user ids by email (lower-cased), for CSV imports that name owners by email. */
export async function findStaffUserIdsByEmail(
  executor: Executor,
  emails: string[],
): Promise<Map<string, number>> {
  if (emails.length === 0) return new Map();
  const rows = await executor
    .select({ id: users.id, email: sql<string>`lower(${users.email})` })
    .from(users)
    .where(
      and(
        inArray(
          sql`lower(${users.email})`,
          emails.map((email) => email.toLowerCase()),
        ),
        sql`${users.role} <> 'customer'`,
        eq(users.isActive, true),
      ),
    );
  return new Map(rows.map((row) => [row.email, row.id]));
}

/** For other modules that link to a client (customer accounts). */
export async function clientExists(executor: Executor, id: number): Promise<boolean> {
  const [row] = await executor.select({ id: clients.id }).from(clients).where(eq(clients.id, id));
  return row !== undefined;
}

export type ClientProfile = {
  id: number;
  companyName: string;
  tier: ClientRow['tier'];
  stage: ClientRow['stage'];
  ownerUserId: number | null;
  archivedAt: Date | null;
};

/** What other modules need to know about a client: pricing tier, owner (for sales ownership), whether archived. */
export async function findClientProfile(executor: Executor, id: number): Promise<ClientProfile | undefined> {
  const [row] = await clientProfileById(executor).execute({ id });
  return row;
}

// Read by every ticket and order other modules open: built once, bound to each transaction.
const clientProfileById = reusableStatement('clients_profile_by_id', (executor) =>
  executor
    .select({
      id: clients.id,
      companyName: clients.companyName,
      tier: clients.tier,
      stage: clients.stage,
      ownerUserId: clients.ownerUserId,
      archivedAt: clients.archivedAt,
    })
    .from(clients)
    .where(eq(clients.id, sql.placeholder('id')))
    .prepare('clients_profile_by_id'),
);
