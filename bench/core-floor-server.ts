/**
 * The floor for the core benchmark's lists: the least a Node service does (support/floor-app.ts) to answer
 * the client search and the order lists with the same SQL as the repositories (support/core-queries.ts).
 * bench/core.ts runs it; it exits when its parent closes its standard input.
 */
import { containsPattern } from './support/client-queries';
import { clientSearchSql, ordersByClientSql, ordersByStatusSql } from './support/core-queries';
import { createFloorApp, floorPage } from './support/floor-app';

const { app, pool, listen } = await createFloorApp();

app.get<{ Querystring: { q?: string; limit?: string } }>('/api/clients', async (request) => {
  const limit = Number(request.query.limit ?? 25);
  // Rows as objects: the client's own columns come last, so `id` is null for an archived client.
  const { rows } = await pool.query<{ page_id: number; id: number | null; company_name: string | null }>(
    clientSearchSql,
    [containsPattern(request.query.q ?? ''), limit + 1],
  );
  const page = floorPage(
    rows.map((row) => ({ ...row, id: row.page_id, client_id: row.id })),
    limit,
    (last) => ['companyName', last.company_name, last.id],
  );
  return { items: page.items.filter((row) => row.client_id !== null), nextCursor: page.nextCursor };
});

type OrderQuery = { status?: string; from?: string; to?: string; clientId?: string; limit?: string };

app.get<{ Querystring: OrderQuery }>('/api/orders', async (request, reply) => {
  const { status, from, to, clientId } = request.query;
  const limit = Number(request.query.limit ?? 25);
  const { rows } =
    clientId !== undefined
      ? await pool.query<{ id: number; order_date: Date }>(ordersByClientSql, [Number(clientId), limit + 1])
      : status !== undefined && from !== undefined && to !== undefined
        ? await pool.query<{ id: number; order_date: Date }>(ordersByStatusSql, [
            status,
            new Date(from),
            new Date(to),
            limit + 1,
          ])
        : { rows: undefined };
  if (!rows) return reply.code(400).send({ code: 'unsupported_filter' });
  return floorPage(rows, limit, (last) => ['-orderDate', last.order_date.toISOString(), last.id]);
});

await listen();
