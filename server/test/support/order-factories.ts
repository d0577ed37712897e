import { and, asc, eq } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { products } from '../../src/modules/catalog';
import type { Database } from '../../src/platform/db/database';
import { domainEvents } from '../../src/platform/events/schema';
import { createProduct, type Session } from './factories';

export type OrderLine = { productId: number; quantity: number; discountPercent?: string; taxRate?: string };

/** An active product with stock on hand (and nothing reserved), priced at `price`. */
export function createStockedProduct(
  db: Database,
  options: { stock?: number; price?: string; cost?: string | null; categoryId?: number; name?: string } = {},
) {
  return createProduct(db, {
    status: 'active',
    price: options.price ?? '10.00',
    cost: options.cost === undefined ? '6.00' : options.cost,
    stockOnHand: options.stock ?? 100,
    ...(options.categoryId ? { categoryId: options.categoryId } : {}),
    ...(options.name ? { name: options.name } : {}),
  });
}

export async function stockOf(db: Database, productId: number) {
  const [row] = await db
    .select({ onHand: products.stockOnHand, reserved: products.stockReserved })
    .from(products)
    .where(eq(products.id, productId));
  if (!row) throw new Error(`no product ${productId}`);
  return { ...row, available: row.onHand - row.reserved };
}

/** The domain events recorded for one order, oldest first. */
export function orderEventsOf(db: Database, orderId: number) {
  return db
    .select({ type: domainEvents.type, payload: domainEvents.payload, actorUserId: domainEvents.actorUserId })
    .from(domainEvents)
    .where(and(eq(domainEvents.aggregateType, 'order'), eq(domainEvents.aggregateId, orderId)))
    .orderBy(asc(domainEvents.id));
}

type AuditEntry = {
  action: string;
  actorUserId: number | null;
  changes: Record<string, { before: unknown; after: unknown }>;
};

/** The audit entries about one order, oldest first, as an admin reads them through the API. */
export async function orderAuditOf(
  app: FastifyInstance,
  admin: Session,
  orderId: number,
): Promise<AuditEntry[]> {
  const response = await app.inject({
    method: 'GET',
    url: `/api/audit?resource=order&resourceId=${orderId}&sort=id&limit=100`,
    headers: admin.headers,
  });
  return expectStatus<{ items: AuditEntry[] }>(response, 200).items;
}

type Call = { session: Session; body?: unknown; ifMatch?: string | number };

/** The order endpoints as one signed-in user calls them. */
export function ordersApi(app: FastifyInstance) {
  const send = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, call: Call) =>
    app.inject({
      method,
      url,
      headers: {
        ...call.session.headers,
        ...(call.ifMatch === undefined
          ? {}
          : { 'if-match': typeof call.ifMatch === 'number' ? `"${call.ifMatch}"` : call.ifMatch }),
      },
      ...(call.body === undefined ? {} : { payload: call.body as object }),
    });
  return {
    list: (session: Session, query = '') => send('GET', `/api/orders${query}`, { session }),
    get: (session: Session, id: number) => send('GET', `/api/orders/${id}`, { session }),
    create: (session: Session, body: unknown) => send('POST', '/api/orders', { session, body }),
    update: (session: Session, id: number, body: unknown, ifMatch?: string | number) =>
      send('PATCH', `/api/orders/${id}`, { session, body, ifMatch }),
    remove: (session: Session, id: number, ifMatch?: string | number) =>
      send('DELETE', `/api/orders/${id}`, { session, ifMatch }),
    confirm: (session: Session, id: number, body: unknown = {}, ifMatch?: string | number) =>
      send('POST', `/api/orders/${id}/confirm`, { session, body, ifMatch }),
    cancel: (session: Session, id: number, reason = 'customer changed their mind') =>
      send('POST', `/api/orders/${id}/cancel`, { session, body: { reason } }),
    close: (session: Session, id: number) => send('POST', `/api/orders/${id}/close`, { session, body: {} }),
    pay: (session: Session, id: number, amount: string, extra: Record<string, unknown> = {}) =>
      send('POST', `/api/orders/${id}/payments`, {
        session,
        body: { amount, method: 'bank_transfer', ...extra },
      }),
    refund: (session: Session, id: number, amount: string) =>
      send('POST', `/api/orders/${id}/payments`, {
        session,
        body: { kind: 'refund', amount, method: 'card' },
      }),
    ship: (session: Session, id: number, body: unknown = {}) =>
      send('POST', `/api/orders/${id}/shipments`, { session, body }),
    deliver: (session: Session, id: number, shipmentId: number, body: unknown = {}) =>
      send('POST', `/api/orders/${id}/shipments/${shipmentId}/deliver`, { session, body }),
    returnItems: (session: Session, id: number, body: unknown) =>
      send('POST', `/api/orders/${id}/returns`, { session, body }),
  };
}
export type OrdersApi = ReturnType<typeof ordersApi>;

/** The JSON body of a response that must have the given status; fails the test with the body otherwise. */
export function expectStatus<Body = Record<string, unknown>>(
  response: LightMyRequestResponse,
  status: number,
): Body {
  if (response.statusCode !== status) {
    throw new Error(`expected HTTP ${status}, got ${response.statusCode}: ${response.body}`);
  }
  return (response.body ? response.json() : undefined) as Body;
}

export type OrderBody = {
  id: number;
  status: string;
  paymentStatus: string;
  fulfilmentStatus: string;
  version: number;
  totalAmount: string;
  subtotal: string;
  discountTotal: string;
  taxTotal: string;
  amountPaid: string;
  amountRefunded: string;
  outstandingBalance: string;
  isOverdue: boolean;
  notes: string | null;
  ownerUserId: number | null;
  items: {
    id: number;
    productId: number;
    quantity: number;
    unitPrice: string;
    lineTotal: string;
    quantityShipped: number;
    quantityReturned: number;
    priceExplanation: Record<string, unknown>;
  }[];
  payments: { id: number; kind: string; amount: string; createdBy: number | null }[];
  shipments: {
    id: number;
    carrier: string | null;
    deliveredAt: string | null;
    items: { orderItemId: number; quantity: number }[];
  }[];
  history: { fromStatus: string | null; toStatus: string; reason: string | null; changedBy: number | null }[];
  availableActions: string[];
};

/** A draft order through the API. */
export async function createDraftOrder(
  api: OrdersApi,
  session: Session,
  input: {
    clientId: number;
    items: OrderLine[];
    dueDate?: string;
    notes?: string;
    ownerUserId?: number | null;
  },
) {
  return expectStatus<OrderBody>(await api.create(session, input), 201);
}

/** A confirmed order (prices fixed, stock reserved) through the API. */
export async function createConfirmedOrder(
  api: OrdersApi,
  session: Session,
  input: Parameters<typeof createDraftOrder>[2],
) {
  const draft = await createDraftOrder(api, session, input);
  return expectStatus<OrderBody>(await api.confirm(session, draft.id), 200);
}
