/**
 * What every floor server shares: the least a Node service does to answer a benchmark's requests. Fastify,
 * a pg pool of the gateway's size and the same EdDSA token check as the gateway; no validation, response
 * schema, logging or metrics. A floor adds its routes, then calls `listen`; it exits when its parent closes
 * its standard input.
 */
import Fastify from 'fastify';
import { importSPKI, jwtVerify } from 'jose';
import pg from 'pg';

const required = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`floor server: ${name} is required`);
  return value;
};

export async function createFloorApp() {
  const databaseUrl = required('DATABASE_URL');
  const port = Number(required('FLOOR_PORT'));
  const publicKey = await importSPKI(required('JWT_PUBLIC_KEY').replaceAll('\\n', '\n'), 'EdDSA');
  const issuer = process.env.JWT_ISSUER ?? 'smart-crm-suite';
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  });

  const app = Fastify({ logger: false });

  app.addHook('onRequest', async (request, reply) => {
    if (request.url === '/ready') return;
    const token = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
    const verified = token
      ? await jwtVerify(token, publicKey, { algorithms: ['EdDSA'], issuer, audience: 'smartcrm-api' }).then(
          () => true,
          () => false,
        )
      : false;
    if (!verified) return reply.code(401).send({ code: 'invalid_token' });
  });

  app.get('/ready', async () => {
    await pool.query('select 1');
    return { status: 'ready' };
  });

  const close = async () => {
    await app.close();
    await pool.end();
    process.exit(0);
  };

  return {
    app,
    pool,
    async listen() {
      process.stdin.on('end', () => void close());
      process.stdin.resume();
      process.once('SIGTERM', () => void close());
      process.once('SIGINT', () => void close());
      await app.listen({ port, host: '127.0.0.1' });
    },
  };
}

/** The page a keyset list answers: `limit` rows and a cursor when one more row was fetched. */
export function floorPage<Row extends { id: number }>(
  rows: Row[],
  limit: number,
  cursorOf: (row: Row) => unknown[],
): { items: Row[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > limit && last ? Buffer.from(JSON.stringify(cursorOf(last))).toString('base64url') : null;
  return { items, nextCursor };
}
