import { and, eq, ilike, or } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { containsPattern, planKeyset } from '../../platform/db/keyset';
import type { Page } from '../../platform/http/pagination';
import type { ClientDto, ClientListQuery } from './dto';
import { clients } from './schema';

const sortableColumns = { companyName: clients.companyName, createdAt: clients.createdAt };

export async function findClients(
  executor: Executor,
  options: { query: ClientListQuery; onlyClientId?: number },
): Promise<Page<ClientDto>> {
  const { query } = options;
  const plan = planKeyset(query, { columns: sortableColumns, id: clients.id });
  const pattern = query.q ? containsPattern(query.q) : undefined;
  const rows = await executor
    .select()
    .from(clients)
    .where(
      and(
        plan.where,
        pattern
          ? or(
              ilike(clients.companyName, pattern),
              ilike(clients.contactPerson, pattern),
              ilike(clients.email, pattern),
            )
          : undefined,
        options.onlyClientId === undefined ? undefined : eq(clients.id, options.onlyClientId),
      ),
    )
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  return plan.toPage(rows);
}

export async function findClientById(executor: Executor, id: number): Promise<ClientDto | undefined> {
  const [row] = await executor.select().from(clients).where(eq(clients.id, id));
  return row;
}
