import { and, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { containsPattern, planKeyset } from '../../platform/db/keyset';
import { preparedQuery } from '../../platform/db/prepared';
import type { Page } from '../../platform/http/pagination';
import type { ClientDto, ClientListQuery } from './dto';
import { clients } from './schema';

const sortableColumns = { companyName: clients.companyName, createdAt: clients.createdAt };
const { searchText: _internal, ...clientFields } = getTableColumns(clients);

export async function findClients(
  executor: Executor,
  options: { query: ClientListQuery; onlyClientId?: number },
): Promise<Page<ClientDto>> {
  const { query } = options;
  const plan = planKeyset(query, { columns: sortableColumns, id: clients.id });
  const filters = and(
    plan.where,
    query.q ? sql`${clients.searchText} like lower(${containsPattern(query.q)})` : undefined,
    options.onlyClientId === undefined ? undefined : eq(clients.id, options.onlyClientId),
  );
  if (!query.q) {
    const rows = await executor
      .select(clientFields)
      .from(clients)
      .where(filters)
      .orderBy(...plan.orderBy)
      .limit(plan.fetch);
    return plan.toPage(rows);
  }
  // A search finds the page's ids first, from the sort index alone (it carries search_text), and only
  // then reads those rows: thousands of index entries may be checked, but only a page of rows is read.
  const pageIds = executor
    .select({ id: clients.id })
    .from(clients)
    .where(filters)
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  const rows = await executor
    .select(clientFields)
    .from(clients)
    .where(inArray(clients.id, pageIds))
    .orderBy(...plan.orderBy);
  return plan.toPage(rows);
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

/** For other modules that link to a client (customer accounts). */
export async function clientExists(executor: Executor, id: number): Promise<boolean> {
  const [row] = await executor.select({ id: clients.id }).from(clients).where(eq(clients.id, id));
  return row !== undefined;
}
