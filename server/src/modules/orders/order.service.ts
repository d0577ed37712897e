import { canSeeClientRow, customerClientScope } from '../../platform/auth/customer-scope';
import { assertCanChangeOwnedRecord } from '../../platform/auth/ownership';
import type { AuthenticatedUser } from '../../platform/auth/tokens';
import type { Database, Executor } from '../../platform/db/database';
import { pendingEvent, recordEvent, recordEvents } from '../../platform/events/domain-event';
import type { AuditActor } from '../../platform/http/audit-actor';
import { AppError, notFound } from '../../platform/http/errors';
import { versionConflict } from '../../platform/http/etag';
import { formatCents } from '../../platform/money/money.util';
import { type ClientProfile, findClientProfile } from '../clients';
import { recordAudit } from '../identity';
import { type CatalogPort, stockLines } from './catalog-port';
import type {
  CreateOrderInput,
  OrderDetailDto,
  OrderLineInput,
  OrderListQuery,
  UpdateOrderInput,
} from './dto';
import {
  orderConfirmed,
  orderCreated,
  orderDeleted,
  orderPaid,
  orderStatusChanged,
  orderUpdated,
} from './events';
import {
  deleteOrderRow,
  findOrderItems,
  findOrderListRow,
  findOrders,
  findPayments,
  findProductSnapshots,
  findShipments,
  findStaffUser,
  findStatusChanges,
  insertConfirmedOrder,
  insertDraftOrder,
  insertOrderItems,
  insertStatusChange,
  insertTwoStatusChanges,
  lockOrderRow,
  type NewOrderItem,
  type OrderItemRow,
  type OrderListRow,
  type OrderRow,
  type OrderRowWithOwner,
  replaceOrderItems,
  type StatusChangeRow,
  updateOrderRow,
} from './order.repository';
import { applyRevenueChange } from './order-revenue-rollup';
import { computeOrderAmounts, fitsStorage, formatLineAmounts } from './order-totals.util';
import { auditSnapshot, dayOf, toOrderDetailDto, toOrderDto } from './order-view.util';
import { assertTransition, deriveOrderStatus, derivePaymentStatus } from './order-workflow.util';

export type OrderServiceDeps = { db: Database; clock: () => Date; catalog: CatalogPort };

/** The order as its reader may see it, or undefined when it does not exist or belongs to another client. */
export async function loadOrderDetail(
  executor: Executor,
  id: number,
  viewer: AuthenticatedUser,
  today: string,
) {
  const row = await findOrderListRow(executor, id);
  if (!row || !canSeeClientRow(viewer, row.clientId)) return undefined;
  // One after another: inside a transaction they share one connection, which runs one query at a time.
  const items = await findOrderItems(executor, id);
  const payments = await findPayments(executor, id);
  const shipments = await findShipments(executor, id);
  const history = await findStatusChanges(executor, id);
  return toOrderDetailDto({ row, items, payments, shipments, history }, today, viewer);
}

/**
 * The answer about an order a step has just created or confirmed, from what the step wrote instead of
 * reading the order back: such an order has no payments and no shipments yet. Undefined when the viewer may
 * not see it, as for `loadOrderDetail`.
 */
export function freshOrderDetail(
  parts: { order: OrderRowWithOwner; clientName: string; items: OrderItemRow[]; history: StatusChangeRow[] },
  viewer: AuthenticatedUser,
  today: string,
): OrderDetailDto | undefined {
  const { order } = parts;
  if (!canSeeClientRow(viewer, order.clientId)) return undefined;
  const row: OrderListRow = {
    id: order.id,
    clientId: order.clientId,
    clientName: parts.clientName,
    status: order.status,
    paymentStatus: order.paymentStatus,
    fulfilmentStatus: order.fulfilmentStatus,
    currency: order.currency,
    subtotal: order.subtotal,
    discountTotal: order.discountTotal,
    taxTotal: order.taxTotal,
    totalAmount: order.totalAmount,
    amountPaid: order.amountPaid,
    amountRefunded: order.amountRefunded,
    dueDate: order.dueDate,
    ownerUserId: order.ownerUserId,
    ownerName: order.ownerName,
    orderDate: order.orderDate,
    deliveryDate: order.deliveryDate,
    confirmedAt: order.confirmedAt,
    cancelledAt: order.cancelledAt,
    closedAt: order.closedAt,
    notes: order.notes,
    version: order.version,
    createdAt: order.createdAt,
    updatedAt: order.updatedAt,
  };
  return toOrderDetailDto(
    { row, items: parts.items, payments: [], shipments: [], history: parts.history },
    today,
    viewer,
  );
}

/** The signed-in user behind a write; routes that write always authenticate. */
export function writer(actor: AuditActor): AuthenticatedUser {
  if (!actor.user) throw new AppError('authentication_required', 401, 'Sign in to change orders');
  return actor.user;
}

/**
 * The account manager a sales user must be to change the order: its owner, or the client's owner when the
 * order has none. Nobody owning either leaves it open to every sales user.
 */
export async function assertCanChangeOrder(executor: Executor, user: AuthenticatedUser, order: OrderRow) {
  if (user.role !== 'sales') return;
  const owner = order.ownerUserId ?? (await findClientProfile(executor, order.clientId))?.ownerUserId ?? null;
  assertCanChangeOwnedRecord(user, owner, 'order');
}

/** Locks the order for the rest of the transaction and runs the checks every write starts with. */
export async function lockOrderForChange(
  tx: Executor,
  id: number,
  user: AuthenticatedUser,
  expectedVersion: number | undefined,
): Promise<OrderRowWithOwner> {
  const order = await lockOrderRow(tx, id);
  if (!order) throw notFound('order', id);
  await assertCanChangeOrder(tx, user, order);
  if (expectedVersion !== undefined && order.version !== expectedVersion) throw versionConflict('order');
  return order;
}

const invalidItems = (detail: string, errors: { parameter: string; message: string }[]) =>
  new AppError('product_not_found', 400, detail, { errors });

/** Orders: entry and editing of drafts, and reading. The workflow service takes over from confirmation. */
export function createOrderService(deps: OrderServiceDeps) {
  const { db, clock, catalog } = deps;
  const today = () => dayOf(clock());

  async function requireClient(executor: Executor, clientId: number): Promise<ClientProfile> {
    const client = await findClientProfile(executor, clientId);
    if (!client) {
      throw new AppError('client_not_found', 400, `Client ${clientId} does not exist`, {
        errors: [{ parameter: 'body.clientId', message: 'must name an existing client' }],
      });
    }
    if (client.archivedAt) {
      throw new AppError('client_archived', 409, `${client.companyName} is archived and takes no new orders`);
    }
    return client;
  }

  /** Sales users may name only themselves as an order's owner; others any active staff account. */
  async function resolveOwner(
    executor: Executor,
    user: AuthenticatedUser,
    requested: number | null | undefined,
    current: number | null,
  ): Promise<number | null> {
    if (requested === undefined) return current;
    if (requested === current) return requested;
    if (user.role === 'sales' && requested !== user.id) {
      throw new AppError('not_owner', 403, 'Sales users can only make themselves the owner of an order');
    }
    if (requested !== null && !(await findStaffUser(executor, requested))) {
      throw new AppError('invalid_owner', 400, `User ${requested} is not an active staff account`, {
        errors: [{ parameter: 'body.ownerUserId', message: 'must name an active staff user' }],
      });
    }
    return requested;
  }

  /** Refuses lines naming products that do not exist, or products in more than one currency. */
  async function assertOrderableProducts(executor: Executor, lines: OrderLineInput[]) {
    const productIds = [...new Set(lines.map((line) => line.productId))];
    const snapshots = new Map(
      (await findProductSnapshots(executor, productIds)).map((product) => [product.id, product]),
    );
    const missing = lines.flatMap((line, index) =>
      snapshots.has(line.productId)
        ? []
        : [
            {
              parameter: `body.items.${index}.productId`,
              message: `product ${line.productId} does not exist`,
            },
          ],
    );
    if (missing.length > 0) throw invalidItems('Some products do not exist', missing);
    const currencies = new Set([...snapshots.values()].map((product) => product.currency));
    if (currencies.size > 1) {
      throw new AppError(
        'mixed_currencies',
        400,
        `One order is in one currency, not ${[...currencies].join(', ')}`,
      );
    }
  }

  /** Prices the lines and snapshots each product (a provisional quote: confirmation fixes the prices). */
  async function priceLines(
    executor: Executor,
    client: ClientProfile,
    lines: OrderLineInput[],
    confirmedAt?: Date,
  ) {
    // The pricing read also finds the products' names, SKUs and currency. When it refuses the basket, the
    // order's own checks run first, so the answer names the offending lines as it always has.
    const quote = await catalog
      .priceBasket(executor, {
        client: { id: client.id, tier: client.tier },
        date: confirmedAt ?? clock(),
        lines: lines.map((line) => ({ productId: line.productId, quantity: line.quantity })),
      })
      .catch(async (error: unknown) => {
        if (error instanceof AppError) await assertOrderableProducts(executor, lines);
        throw error;
      });
    const priced = lines.map((line, index) => ({ ...line, unitPrice: quotedPrice(quote.lines, index) }));
    const amounts = computeOrderAmounts(priced);
    if (!fitsStorage(amounts)) throw totalTooLarge();
    const items: NewOrderItem[] = priced.map((line, index) => ({
      productId: line.productId,
      productName: quote.lines[index]?.name ?? '',
      sku: quote.lines[index]?.sku ?? '',
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      discountPercent: line.discountPercent,
      taxRate: line.taxRate,
      ...formatLineAmounts(amounts.lines[index] ?? noAmounts),
      priceExplanation: explanationOf(
        quote.lines[index]?.explanation,
        confirmedAt ? { pricedAt: confirmedAt.toISOString() } : { provisional: true },
      ),
    }));
    return {
      items,
      currency: quote.currency,
      totalCents: amounts.total,
      totals: {
        subtotal: formatCents(amounts.subtotal),
        discountTotal: formatCents(amounts.discount),
        taxTotal: formatCents(amounts.tax),
        totalAmount: formatCents(amounts.total),
      },
    };
  }

  async function detail(executor: Executor, id: number, user: AuthenticatedUser) {
    const order = await loadOrderDetail(executor, id, user, today());
    if (!order) throw notFound('order', id);
    return order;
  }

  /**
   * Creates an order and confirms it in one transaction — what an integration or a checkout wants: priced
   * once, at confirmation, stock reserved, all or nothing (a shortage leaves no draft behind). Its history,
   * events and audit read as a draft created and confirmed at once.
   */
  async function createConfirmed(actor: AuditActor, input: CreateOrderInput) {
    const user = writer(actor);
    return db.transaction(async (tx) => {
      const client = await requireClient(tx, input.clientId);
      assertCanChangeOwnedRecord(user, client.ownerUserId, 'client');
      const ownerUserId = await resolveOwner(tx, user, input.ownerUserId, user.id);
      const now = clock();
      const priced = await priceLines(tx, client, input.items, now);
      const paymentStatus = derivePaymentStatus({ total: priced.totalCents, paid: 0n, refunded: 0n });
      const status = deriveOrderStatus({ lifecycle: 'open', paymentStatus, fulfilmentStatus: 'unfulfilled' });
      assertTransition('confirm', 'draft', status);
      // Stock first: the reservation locks the product rows in id order, as every confirmation does. Writing
      // the lines first would take key-share locks on the products (their foreign key) in another order,
      // and two such orders sharing products would deadlock. The order row comes before both (the stock
      // movements name it).
      const confirmed = await insertConfirmedOrder(tx, {
        clientId: client.id,
        orderDate: now,
        currency: priced.currency,
        ...priced.totals,
        dueDate: input.dueDate ?? null,
        notes: input.notes ?? null,
        ownerUserId,
        status,
        paymentStatus,
        fulfilmentStatus: 'unfulfilled',
        confirmedAt: now,
      });
      await catalog.reserveStock(tx, {
        orderId: confirmed.id,
        lines: stockLines(
          priced.items.map((item) => ({ productId: item.productId, quantity: item.quantity })),
        ),
        actor,
      });
      const items = await insertOrderItems(tx, confirmed.id, priced.items);
      // As a draft it counted for nothing; confirmed, it may (a zero total is paid at once).
      await applyRevenueChange(tx, { ...confirmed, status: 'draft' }, confirmed);
      const history = await insertTwoStatusChanges(
        tx,
        { orderId: confirmed.id, changedBy: user.id, changedAt: now },
        { fromStatus: null, toStatus: 'draft', reason: 'created' },
        { fromStatus: 'draft', toStatus: status, reason: input.note ?? null },
      );
      await recordEvents(tx, [
        pendingEvent(orderCreated, {
          aggregateId: confirmed.id,
          actor,
          payload: { ...eventFacts({ ...confirmed, status: 'draft' }), itemCount: items.length },
        }),
        pendingEvent(orderStatusChanged, {
          aggregateId: confirmed.id,
          actor,
          payload: { from: 'draft', to: status, reason: input.note ?? null },
        }),
        ...confirmationEvents(actor, confirmed, items),
      ]);
      await recordAudit(tx, actor, {
        action: 'create',
        resource: 'order',
        resourceId: confirmed.id,
        after: { ...auditSnapshot(confirmed, items), ...(input.note ? { reason: input.note } : {}) },
      });
      const answer = freshOrderDetail(
        {
          order: confirmed,
          clientName: client.companyName,
          items,
          history,
        },
        user,
        today(),
      );
      if (!answer) throw notFound('order', confirmed.id);
      return answer;
    });
  }

  return {
    /** A customer's list is always narrowed to its own client, whatever filter it sends. */
    async listOrders(user: AuthenticatedUser, query: OrderListQuery) {
      const scope = customerClientScope(user);
      const day = today();
      const page = await findOrders(db, scope === undefined ? query : { ...query, clientId: scope }, day);
      return { items: page.items.map((row) => toOrderDto(row, day)), nextCursor: page.nextCursor };
    },

    // Another client's order is reported as missing, so ids cannot be probed.
    getOrder: (user: AuthenticatedUser, id: number) => detail(db, id, user),

    async createDraft(actor: AuditActor, input: CreateOrderInput) {
      if (input.confirm) return createConfirmed(actor, input);
      const user = writer(actor);
      return db.transaction(async (tx) => {
        const client = await requireClient(tx, input.clientId);
        // Sales users sell to their own book: clients they own, or that nobody owns yet.
        assertCanChangeOwnedRecord(user, client.ownerUserId, 'client');
        const ownerUserId = await resolveOwner(tx, user, input.ownerUserId, user.id);
        const priced = await priceLines(tx, client, input.items);
        const now = clock();
        const order = await insertDraftOrder(tx, {
          clientId: client.id,
          orderDate: now,
          currency: priced.currency,
          ...priced.totals,
          dueDate: input.dueDate ?? null,
          notes: input.notes ?? null,
          ownerUserId,
        });
        const items = await insertOrderItems(tx, order.id, priced.items);
        const created = await insertStatusChange(tx, {
          orderId: order.id,
          fromStatus: null,
          toStatus: 'draft',
          reason: 'created',
          changedBy: user.id,
          changedAt: now,
        });
        await recordEvents(tx, [
          pendingEvent(orderCreated, {
            aggregateId: order.id,
            actor,
            payload: { ...eventFacts(order), itemCount: priced.items.length },
          }),
        ]);
        await recordAudit(tx, actor, {
          action: 'create',
          resource: 'order',
          resourceId: order.id,
          after: auditSnapshot(order, items),
        });
        const answer = freshOrderDetail(
          { order, clientName: client.companyName, items, history: [created] },
          user,
          today(),
        );
        if (!answer) throw notFound('order', order.id);
        return answer;
      });
    },

    /** Changes a draft; `items` replaces every line, and every line is priced again. */
    async updateDraft(actor: AuditActor, id: number, input: UpdateOrderInput, expectedVersion?: number) {
      const user = writer(actor);
      return db.transaction(async (tx) => {
        const before = await lockOrderForChange(tx, id, user, expectedVersion);
        assertTransition('edit', before.status, before.status);
        const beforeItems = await findOrderItems(tx, id);
        const client = await requireClient(tx, input.clientId ?? before.clientId);
        if (client.id !== before.clientId) assertCanChangeOwnedRecord(user, client.ownerUserId, 'client');
        const ownerUserId = await resolveOwner(tx, user, input.ownerUserId, before.ownerUserId);
        const lines =
          input.items ??
          beforeItems.map((item) => ({
            productId: item.productId,
            quantity: item.quantity,
            discountPercent: item.discountPercent,
            taxRate: item.taxRate,
          }));
        const priced = await priceLines(tx, client, lines);
        const after = await updateOrderRow(tx, id, {
          clientId: client.id,
          ownerUserId,
          currency: priced.currency,
          ...priced.totals,
          ...(input.dueDate !== undefined ? { dueDate: input.dueDate } : {}),
          ...(input.notes !== undefined ? { notes: input.notes } : {}),
        });
        if (!after) throw versionConflict('order');
        await replaceOrderItems(tx, id, priced.items);
        await recordEvent(tx, orderUpdated, {
          aggregateId: id,
          actor,
          payload: { ...eventFacts(after), changedFields: Object.keys(input).sort() },
        });
        await recordAudit(tx, actor, {
          action: 'update',
          resource: 'order',
          resourceId: id,
          before: auditSnapshot(before, beforeItems),
          after: auditSnapshot(after, await findOrderItems(tx, id)),
        });
        return detail(tx, id, user);
      });
    },

    /** Only drafts are deleted; a confirmed order is history and is cancelled instead. */
    async deleteDraft(actor: AuditActor, id: number, expectedVersion?: number) {
      const user = writer(actor);
      await db.transaction(async (tx) => {
        const order = await lockOrderForChange(tx, id, user, expectedVersion);
        assertTransition('delete', order.status, order.status);
        const items = await findOrderItems(tx, id);
        await deleteOrderRow(tx, id);
        await recordEvent(tx, orderDeleted, {
          aggregateId: id,
          actor,
          payload: { clientId: order.clientId },
        });
        await recordAudit(tx, actor, {
          action: 'delete',
          resource: 'order',
          resourceId: id,
          before: auditSnapshot(order, items),
        });
      });
    },
  };
}

const noAmounts = { subtotal: 0n, discount: 0n, tax: 0n, total: 0n };

export const totalTooLarge = () =>
  new AppError('total_too_large', 422, 'The order total would exceed 9,999,999,999.99; split the order');

export function quotedPrice(lines: readonly { unitPrice: string }[], index: number): string {
  const line = lines[index];
  if (!line) throw new Error(`the price function returned no price for line ${index}`);
  return line.unitPrice;
}

export function explanationOf(
  explanation: unknown,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const base =
    explanation && typeof explanation === 'object' && !Array.isArray(explanation)
      ? (explanation as Record<string, unknown>)
      : { explanation };
  return { ...base, ...extra };
}

export const eventFacts = (order: OrderRow) => ({
  clientId: order.clientId,
  ownerUserId: order.ownerUserId,
  currency: order.currency,
  totalAmount: order.totalAmount,
});

/** `order.confirmed`, and `order.paid` when nothing is owed (a zero total): what confirming publishes. */
export function confirmationEvents(
  actor: AuditActor,
  order: OrderRow,
  lines: readonly { productId: number; quantity: number; unitPrice: string }[],
) {
  const facts = eventFacts(order);
  return [
    pendingEvent(orderConfirmed, {
      aggregateId: order.id,
      actor,
      payload: {
        ...facts,
        dueDate: order.dueDate,
        lines: lines.map(({ productId, quantity, unitPrice }) => ({ productId, quantity, unitPrice })),
      },
    }),
    ...(order.paymentStatus === 'paid'
      ? [
          pendingEvent(orderPaid, {
            aggregateId: order.id,
            actor,
            payload: { ...facts, amountPaid: order.amountPaid },
          }),
        ]
      : []),
  ];
}
