import { inArray, sql } from 'drizzle-orm';
import { clients } from '../modules/clients';
import { createUserService, DEMO_PASSWORD, demoAccounts, users } from '../modules/identity';
import type { AppContext } from '../platform/context';
import { queryRows } from '../platform/db/database';
import { demoScale, seedDatabase } from './seed';

/**
 * Demo mode: an empty database gets the demo accounts and the demo data set, so the suite is usable the
 * moment it starts. The staff accounts come first, so the seed makes them the clients' account managers
 * and gives them employee records; the customer account belongs to the first client, the seed's showcase
 * with orders in every state. Never runs outside demo mode; a second start changes nothing.
 */
export async function prepareDemo(context: AppContext): Promise<void> {
  const { db } = context.database;
  await createDemoAccounts(context, { clientId: null });
  let clientId = await firstClientId(context);
  if (clientId === null) {
    context.logger.info('empty database: loading the demo data set');
    const started = Date.now();
    await seedDatabase(db, { scale: demoScale });
    context.logger.info({ ms: Date.now() - started }, 'demo data loaded');
    clientId = await firstClientId(context);
  }
  await createDemoAccounts(context, { clientId });
}

/**
 * Creates the demo accounts that are missing, but only where nobody else has an account (a fresh install,
 * or one with only demo accounts so far). The customer account waits until its client exists.
 */
export async function createDemoAccounts(
  context: AppContext,
  options: { clientId: number | null },
): Promise<void> {
  const { db } = context.database;
  const emails = demoAccounts.map((account) => account.email);
  const [existing] = await queryRows<{ others: number; present: string[] | null }>(
    db,
    sql`select count(*) filter (where not ${inArray(users.email, emails)})::int as others,
          array_agg(${users.email}) filter (where ${inArray(users.email, emails)}) as present
        from ${users}`,
  );
  if ((existing?.others ?? 0) > 0) return;
  const present = new Set(existing?.present ?? []);
  const service = createUserService({ db });
  const created: string[] = [];
  for (const account of demoAccounts) {
    if (present.has(account.email)) continue;
    if (account.role === 'customer' && options.clientId === null) continue;
    await service.createUser({
      ...account,
      password: DEMO_PASSWORD,
      clientId: account.role === 'customer' ? (options.clientId ?? undefined) : undefined,
    });
    created.push(account.email);
  }
  if (created.length > 0) {
    context.logger.info({ accounts: created }, `demo accounts ready, password ${DEMO_PASSWORD}`);
  }
}

async function firstClientId(context: AppContext): Promise<number | null> {
  const [row] = await queryRows<{ first: number | null }>(
    context.database.db,
    sql`select min(id)::int as first from ${clients}`,
  );
  return row?.first ?? null;
}
