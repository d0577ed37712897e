import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { clients } from './schema';

// Addresses at these domains say nothing about the company someone works for.
const personalMailDomains = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.de',
  'yandex.ru',
  'mail.ru',
  'qq.com',
  '163.com',
  '126.com',
  'sina.com',
]);

/**
 * The client a verified email belongs to: the client whose contact email it is, else the one client
 * whose contact email shares its (company) domain. Undefined when none, or when the domain is ambiguous.
 */
export async function findClientForEmail(executor: Executor, email: string): Promise<number | undefined> {
  const [exact] = await executor
    .select({ id: clients.id })
    .from(clients)
    .where(eq(sql`lower(${clients.email})`, email))
    .limit(2);
  if (exact) return exact.id;
  const domain = email.split('@')[1];
  if (!domain || personalMailDomains.has(domain)) return undefined;
  const sameDomain = await executor
    .select({ id: clients.id })
    .from(clients)
    .where(and(sql`lower(split_part(${clients.email}, '@', 2)) = ${domain}`))
    .limit(2);
  return sameDomain.length === 1 ? sameDomain[0]?.id : undefined;
}

/** A new lead, for a customer who signed up and matched no client. */
export async function createLeadClient(
  executor: Executor,
  lead: { companyName: string; contactPerson: string | null; email: string },
): Promise<number> {
  const [row] = await executor
    .insert(clients)
    .values({ ...lead, status: 'lead' })
    .returning({ id: clients.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}
