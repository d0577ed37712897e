import { and, asc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { priceRules } from '../../src/modules/catalog';
import type { Database } from '../../src/platform/db/database';
import { domainEvents } from '../../src/platform/events/schema';
import type { AuditActor } from '../../src/platform/http/audit-actor';
import type { Session } from './factories';

let sequence = 0;
const next = () => ++sequence;

export function createPriceRule(
  db: Database,
  overrides: Partial<typeof priceRules.$inferInsert> & Pick<typeof priceRules.$inferInsert, 'kind'>,
) {
  return db
    .insert(priceRules)
    .values({ name: `Rule ${next()}`, ...overrides })
    .returning()
    .then(([row]) => {
      if (!row) throw new Error('factory insert returned no row');
      return row;
    });
}

/** Events of one type in the outbox, oldest first, optionally for one record. */
export function eventsOfType(db: Database, type: string, aggregateId?: number) {
  return db
    .select()
    .from(domainEvents)
    .where(
      and(
        eq(domainEvents.type, type),
        aggregateId === undefined ? undefined : eq(domainEvents.aggregateId, aggregateId),
      ),
    )
    .orderBy(asc(domainEvents.id));
}

/** The actor the orders module would pass: a system write with a request id. */
export const systemActor = (userId?: number): AuditActor => ({
  user: userId
    ? { id: userId, email: `user${userId}@test.example`, role: 'manager', clientId: null, sessionId: null }
    : null,
  ipAddress: '127.0.0.1',
  requestId: `test-${next()}`,
});

/** A JSON request with a session, optionally conditional (If-Match). */
export function send(
  app: FastifyInstance,
  session: Session | undefined,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: unknown,
  headers: Record<string, string> = {},
) {
  return app.inject({
    method,
    url,
    headers: { ...(session?.headers ?? {}), ...headers },
    payload: payload as Record<string, unknown> | undefined,
  });
}
