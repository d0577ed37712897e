/**
 * The floor for the read-api benchmark: the least a Node service does to answer the same two requests.
 * Fastify, a pg pool of the same size, the same EdDSA token check as the gateway and the same SQL as the
 * clients repository (support/client-queries.ts); no validation, response schema, logging or metrics.
 * bench/read-api.ts runs it; it exits when its parent closes its standard input.
 */
import Fastify from 'fastify';
import { importSPKI, jwtVerify } from 'jose';
import pg from 'pg';
import { containsPattern, lookupSql, searchSql } from './support/client-queries';

const required = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`floor-server: ${name} is required`);
  return value;
};

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

app.get<{ Params: { id: string } }>('/api/clients/:id', async (request, reply) => {
  const { rows } = await pool.query(lookupSql, [Number(request.params.id)]);
  if (rows.length === 0) return reply.code(404).send({ code: 'client_not_found' });
  return rows[0];
});

app.get<{ Querystring: { q?: string; limit?: string } }>('/api/clients', async (request) => {
  const limit = Number(request.query.limit ?? 25);
  const pattern = containsPattern(request.query.q ?? '');
  const { rows } = await pool.query(searchSql, [pattern, limit + 1]);
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > limit && last
      ? Buffer.from(JSON.stringify(['companyName', last.company_name, last.id])).toString('base64url')
      : null;
  return { items, nextCursor };
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
process.stdin.on('end', () => void close());
process.stdin.resume();
process.once('SIGTERM', () => void close());
process.once('SIGINT', () => void close());

await app.listen({ port, host: '127.0.0.1' });
