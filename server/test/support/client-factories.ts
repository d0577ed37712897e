import { and, asc, eq } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions } from 'fastify';
import {
  clientContacts,
  clientInteractions,
  clientTasks,
  satisfactionResponses,
} from '../../src/modules/clients/schema';
import { payments } from '../../src/modules/orders/schema';
import type { Database } from '../../src/platform/db/database';
import { domainEvents } from '../../src/platform/events/schema';
import type { Session } from './factories';

let sequence = 0;
const next = () => ++sequence;

async function insertOne<Row>(promise: Promise<Row[]>): Promise<Row> {
  const [row] = await promise;
  if (!row) throw new Error('factory insert returned no row');
  return row;
}

export function createContact(
  db: Database,
  overrides: Partial<typeof clientContacts.$inferInsert> & { clientId: number },
) {
  const n = next();
  return insertOne(
    db
      .insert(clientContacts)
      .values({ name: `Person ${n}`, email: `person${n}@contact.example`, ...overrides })
      .returning(),
  );
}

export function createInteraction(
  db: Database,
  overrides: Partial<typeof clientInteractions.$inferInsert> & { clientId: number },
) {
  const n = next();
  return insertOne(
    db
      .insert(clientInteractions)
      .values({ kind: 'call', subject: `Call ${n}`, ...overrides })
      .returning(),
  );
}

export function createSatisfactionResponse(
  db: Database,
  overrides: Partial<typeof satisfactionResponses.$inferInsert> & {
    clientId: number;
    kind: 'csat' | 'nps';
    score: number;
  },
) {
  return insertOne(db.insert(satisfactionResponses).values(overrides).returning());
}

export function createTask(
  db: Database,
  overrides: Partial<typeof clientTasks.$inferInsert> & { clientId: number },
) {
  const n = next();
  return insertOne(
    db
      .insert(clientTasks)
      .values({ title: `Task ${n}`, ...overrides })
      .returning(),
  );
}

export function createPayment(
  db: Database,
  overrides: Partial<typeof payments.$inferInsert> & { orderId: number; amount: string },
) {
  return insertOne(
    db
      .insert(payments)
      .values({ kind: 'payment', method: 'card', ...overrides })
      .returning(),
  );
}

/** Domain events of one type about one record, oldest first. */
export function eventsOf(db: Database, type: string, aggregateId: number) {
  return db
    .select()
    .from(domainEvents)
    .where(and(eq(domainEvents.type, type), eq(domainEvents.aggregateId, aggregateId)))
    .orderBy(asc(domainEvents.id));
}

/** Audit entries about one record, read through the API as an admin sees them (newest first). */
export async function auditOf(
  app: FastifyInstance,
  admin: Session,
  resource: string,
  resourceId: number | string,
) {
  const response = await app.inject({
    method: 'GET',
    url: `/api/audit?resource=${resource}&resourceId=${resourceId}`,
    headers: admin.headers,
  });
  if (response.statusCode !== 200) throw new Error(`audit read failed: ${response.body}`);
  return response.json().items as {
    action: string;
    actorUserId: number | null;
    changes: Record<string, unknown>;
  }[];
}

/** A small request helper bound to one app: `call(session, 'POST', url, body, headers)`. */
export function requester(app: FastifyInstance) {
  return (
    session: Session,
    method: InjectOptions['method'],
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) =>
    app.inject({
      method,
      url,
      headers: { ...session.headers, ...headers },
      ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
    });
}
