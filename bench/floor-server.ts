/**
 * The floor for the read-api benchmark: the least a Node service does to answer the same two requests
 * (support/floor-app.ts) with the same SQL as the clients repository (support/client-queries.ts).
 * bench/read-api.ts runs it; it exits when its parent closes its standard input.
 */
import { containsPattern, lookupSql, searchSql } from './support/client-queries';
import { createFloorApp, floorPage } from './support/floor-app';

const { app, pool, listen } = await createFloorApp();

app.get<{ Params: { id: string } }>('/api/clients/:id', async (request, reply) => {
  const { rows } = await pool.query(lookupSql, [Number(request.params.id)]);
  if (rows.length === 0) return reply.code(404).send({ code: 'client_not_found' });
  return rows[0];
});

app.get<{ Querystring: { q?: string; limit?: string } }>('/api/clients', async (request) => {
  const limit = Number(request.query.limit ?? 25);
  const pattern = containsPattern(request.query.q ?? '');
  const { rows } = await pool.query<{ id: number; company_name: string }>(searchSql, [pattern, limit + 1]);
  return floorPage(rows, limit, (last) => ['companyName', last.company_name, last.id]);
});

await listen();
