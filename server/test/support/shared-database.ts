import { openDatabase } from '../../src/platform/db/database';
import { serveEmbeddedDatabase } from '../../src/platform/db/embedded-server';
import { applyMigrations } from '../../src/platform/db/migrate';
import { createTestDatabase } from './test-database';

/**
 * A database other processes can connect to by URL: a fresh database on DATABASE_URL's server, or the
 * embedded database served over the wire protocol, as split mode uses it without PostgreSQL.
 */
export async function createSharedDatabase(): Promise<{ url: string; close(): Promise<void> }> {
  if (process.env.DATABASE_URL) {
    const database = await createTestDatabase();
    return { url: database.url as string, close: () => database.drop() };
  }
  const embedded = await serveEmbeddedDatabase({ port: 0 });
  const migrator = await openDatabase({ url: embedded.url, poolSize: 1 });
  await applyMigrations(migrator);
  await migrator.close();
  return { url: embedded.url, close: () => embedded.close() };
}
