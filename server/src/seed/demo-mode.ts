import { sql } from 'drizzle-orm';
import { clients } from '../modules/clients';
import { countUsers, createUserService, DEMO_PASSWORD, demoAccounts } from '../modules/identity';
import type { AppContext } from '../platform/context';
import { queryRows } from '../platform/db/database';
import { demoScale, seedDatabase } from './seed';

/**
 * Demo mode: an empty database gets the demo data set and the documented demo accounts,
 * so the suite is usable the moment it starts. Never runs outside demo mode.
 */
export async function prepareDemo(context: AppContext): Promise<void> {
  const { db } = context.database;
  const [existing] = await queryRows<{ first: number | null }>(
    db,
    sql`select min(id)::int as first from ${clients}`,
  );
  let firstClientId = existing?.first ?? null;
  if (firstClientId === null) {
    context.logger.info('empty database: loading the demo data set');
    const started = Date.now();
    await seedDatabase(db, { scale: demoScale });
    context.logger.info({ ms: Date.now() - started }, 'demo data loaded');
    const [seeded] = await queryRows<{ first: number }>(
      db,
      sql`select min(id)::int as first from ${clients}`,
    );
    firstClientId = seeded?.first ?? null;
  }
  if ((await countUsers(db)) > 0 || firstClientId === null) return;
  const users = createUserService({ db });
  for (const account of demoAccounts) {
    await users.createUser({
      ...account,
      password: DEMO_PASSWORD,
      clientId: account.role === 'customer' ? firstClientId : undefined,
    });
  }
  context.logger.info(
    { accounts: demoAccounts.map((account) => account.email) },
    `demo accounts ready, password ${DEMO_PASSWORD}`,
  );
}
