import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export type EmbeddedServer = { url: string; db: PGlite; close(): Promise<void> };

/**
 * Serves the embedded database over the PostgreSQL wire protocol so that split mode's five processes
 * can share it without a PostgreSQL install. PGlite has one session; pglite-socket queues each
 * client's transaction as a whole, so transactions never interleave (server/test/platform proves it).
 * Session state is shared, though: advisory locks do not exclude, so migrate before starting services.
 */
export async function serveEmbeddedDatabase(options: {
  dataDir?: string;
  port: number;
  host?: string;
}): Promise<EmbeddedServer> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create({
    dataDir: options.dataDir ? join(options.dataDir, 'pgdata') : undefined,
    extensions: { pg_trgm },
  });
  const host = options.host ?? '127.0.0.1';
  const server = new PGLiteSocketServer({ db, port: options.port, host, maxConnections: 200 });
  await server.start();
  const address = server.getServerConn();
  return {
    url: `postgres://postgres@${address}/postgres`,
    db,
    close: async () => {
      await server.stop();
      await db.close();
    },
  };
}
