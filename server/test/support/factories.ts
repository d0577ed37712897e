import type { FastifyInstance } from 'fastify';
import { productCategories, products } from '../../src/modules/catalog';
import { clients } from '../../src/modules/clients';
import { createUserService, users } from '../../src/modules/identity';
import { notifications } from '../../src/modules/notifications';
import { orders } from '../../src/modules/orders';
import { tickets } from '../../src/modules/tickets';
import { ticketSlaChecks } from '../../src/modules/tickets/schema';
import { employees } from '../../src/modules/workforce';
import type { UserRole } from '../../src/platform/auth/roles';
import type { TokenService } from '../../src/platform/auth/tokens';
import type { Database } from '../../src/platform/db/database';

let sequence = 0;
const next = () => ++sequence;

async function insertOne<Row>(promise: Promise<Row[]>): Promise<Row> {
  const [row] = await promise;
  if (!row) throw new Error('factory insert returned no row');
  return row;
}

export function createCategory(db: Database, overrides: Partial<typeof productCategories.$inferInsert> = {}) {
  const n = next();
  return insertOne(
    db
      .insert(productCategories)
      .values({ name: `Category ${n}`, slug: `category-${n}`, ...overrides })
      .returning(),
  );
}

export function createProduct(db: Database, overrides: Partial<typeof products.$inferInsert> = {}) {
  const n = next();
  return insertOne(
    db
      .insert(products)
      .values({
        sku: `TEST-${n}`,
        name: `Product ${n}`,
        price: '10.00',
        status: 'active',
        specifications: { Colour: 'Blue' },
        ...overrides,
      })
      .returning(),
  );
}

export function createClient(db: Database, overrides: Partial<typeof clients.$inferInsert> = {}) {
  const n = next();
  return insertOne(
    db
      .insert(clients)
      .values({
        companyName: `Company ${n}`,
        contactPerson: `Contact ${n}`,
        email: `contact${n}@company${n}.example`,
        status: 'active',
        ...overrides,
      })
      .returning(),
  );
}

export function createEmployee(db: Database, overrides: Partial<typeof employees.$inferInsert> = {}) {
  const n = next();
  return insertOne(
    db
      .insert(employees)
      .values({
        name: `Employee ${n}`,
        email: `employee${n}@staff.example`,
        role: 'Support Engineer',
        department: 'Support',
        hireDate: '2024-01-15',
        ...overrides,
      })
      .returning(),
  );
}

export function createOrder(
  db: Database,
  overrides: Partial<typeof orders.$inferInsert> & { clientId: number },
) {
  return insertOne(
    db
      .insert(orders)
      .values({ totalAmount: '100.00', ...overrides })
      .returning(),
  );
}

/** A ticket as given; with `slaCheck`, what the SLA sweep has recorded about it too. */
export async function createTicket(
  db: Database,
  overrides: Partial<typeof tickets.$inferInsert> & {
    clientId: number;
    slaCheck?: Omit<typeof ticketSlaChecks.$inferInsert, 'ticketId'>;
  },
) {
  const { slaCheck, ...values } = overrides;
  const n = next();
  const ticket = await insertOne(
    db
      .insert(tickets)
      .values({ title: `Ticket ${n}`, ...values })
      .returning(),
  );
  if (slaCheck) await db.insert(ticketSlaChecks).values({ ticketId: ticket.id, ...slaCheck });
  return ticket;
}

export function createNotification(
  db: Database,
  overrides: Partial<typeof notifications.$inferInsert> & { userId: number },
) {
  const n = next();
  return insertOne(
    db
      .insert(notifications)
      .values({ title: `Notification ${n}`, ...overrides })
      .returning(),
  );
}

export const TEST_PASSWORD = 'correct horse battery staple';

export async function createUser(
  db: Database,
  role: UserRole,
  options: { clientId?: number; email?: string } = {},
) {
  const n = next();
  return createUserService({ db }).createUser({
    email: options.email ?? `${role}${n}@test.example`,
    password: TEST_PASSWORD,
    role,
    name: `${role} ${n}`,
    clientId: options.clientId,
  });
}

export type Session = { token: string; userId: number; headers: { authorization: string } };

/** Creates a user with the role and signs in through the real login endpoint. */
export async function loginAs(
  app: FastifyInstance,
  db: Database,
  role: UserRole,
  options: { clientId?: number } = {},
): Promise<Session> {
  const user = await createUser(db, role, options);
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: user.email, password: TEST_PASSWORD },
  });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`);
  const token = response.json().accessToken as string;
  return { token, userId: user.id, headers: { authorization: `Bearer ${token}` } };
}

export { users };

/**
 * For apps that do not mount the users service (split mode's tickets, chat, notifications): the user
 * exists in the database and the token is signed with the same key the users service signs with.
 */
export async function sessionFor(
  context: { database: { db: Database }; tokens: TokenService },
  role: UserRole,
  options: { clientId?: number } = {},
): Promise<Session> {
  const user = await createUser(context.database.db, role, options);
  const { accessToken } = await context.tokens.sign({
    id: user.id,
    email: user.email,
    role,
    clientId: user.clientId,
    sessionId: null,
  });
  return { token: accessToken, userId: user.id, headers: { authorization: `Bearer ${accessToken}` } };
}
