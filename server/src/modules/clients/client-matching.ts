import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { recordEvent } from '../../platform/events/domain-event';
import { personalMailDomains } from './client-matching.util';
import { clientCreated } from './events';
import { clientStageChanges, clients } from './schema';

// A merged duplicate stands for the client it was merged into.
const survivingId = sql<number>`coalesce(${clients.mergedIntoId}, ${clients.id})`;

/**
 * The client a verified email belongs to: the client whose contact email it is, else the one client
 * whose contact email shares its (company) domain. Undefined when none, or when the domain is ambiguous.
 */
export async function findClientForEmail(executor: Executor, email: string): Promise<number | undefined> {
  const [exact] = await executor
    .select({ id: survivingId })
    .from(clients)
    .where(eq(sql`lower(${clients.email})`, email))
    .limit(2);
  if (exact) return exact.id;
  const domain = email.split('@')[1];
  if (!domain || personalMailDomains.has(domain)) return undefined;
  const sameDomain = await executor
    .selectDistinct({ id: survivingId })
    .from(clients)
    .where(and(sql`lower(split_part(${clients.email}, '@', 2)) = ${domain}`))
    .limit(2);
  return sameDomain.length === 1 ? sameDomain[0]?.id : undefined;
}

/** A new lead, for a customer who signed up and matched no client; recorded like any new client. */
export async function createLeadClient(
  executor: Executor,
  lead: { companyName: string; contactPerson: string | null; email: string },
): Promise<number> {
  // The client, its first stage and its event stand or fall together (a savepoint inside a caller's transaction).
  return executor.transaction(async (tx) => {
    const [row] = await tx
      .insert(clients)
      .values({ ...lead, status: 'lead', stage: 'lead' })
      .returning({ id: clients.id });
    if (!row) throw new Error('insert returned no row');
    await tx
      .insert(clientStageChanges)
      .values({ clientId: row.id, fromStage: null, toStage: 'lead', reason: 'Signed up' });
    await recordEvent(tx, clientCreated, {
      aggregateId: row.id,
      payload: {
        clientId: row.id,
        companyName: lead.companyName,
        stage: 'lead',
        ownerUserId: null,
        source: 'signup',
      },
    });
    return row.id;
  });
}
