import type { components, paths } from '@smartcrm/api-client';

// Read from the generated schema, like the client's own entity types; the client does not name these (yet).
type Schemas = components['schemas'];
type JsonBody<Operation> = Operation extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

/** An order as lists show it: totals and both sides of its status, without lines. */
export type OrderSummary = Schemas['Order'];
/** An order with its lines, payments, shipments, history and the actions its status admits now. */
export type OrderDetail = Schemas['OrderDetail'];
export type OrderItem = Schemas['OrderItem'];
export type OrderPayment = Schemas['Payment'];
export type OrderShipment = Schemas['Shipment'];
export type OrderStatusChange = Schemas['OrderStatusChange'];
export type OrderStatus = OrderSummary['status'];
export type PaymentStatus = OrderSummary['paymentStatus'];
export type FulfilmentStatus = OrderSummary['fulfilmentStatus'];
export type OrderAction = OrderDetail['availableActions'][number];
export type PaymentMethod = OrderPayment['method'];

export type Quote = Schemas['Quote'];
export type QuoteLine = Schemas['QuoteLine'];
export type PriceExplanation = Schemas['PriceExplanation'];
export type PriceRuleConsideration = Schemas['PriceRuleConsideration'];

export type OrderListQuery = NonNullable<paths['/api/orders']['get']['parameters']['query']>;
export type NewOrder = JsonBody<paths['/api/orders']['post']>;
export type OrderChanges = JsonBody<paths['/api/orders/{id}']['patch']>;
export type NewPayment = JsonBody<paths['/api/orders/{id}/payments']['post']>;
export type NewShipment = JsonBody<paths['/api/orders/{id}/shipments']['post']>;
export type NewReturn = JsonBody<paths['/api/orders/{id}/returns']['post']>;
export type QuoteRequest = JsonBody<paths['/api/catalog/quote']['post']>;

export const orderStatuses = [
  'draft',
  'confirmed',
  'partially_paid',
  'paid',
  'partially_fulfilled',
  'fulfilled',
  'delivered',
  'closed',
  'cancelled',
  'refunded',
] as const satisfies readonly OrderStatus[];

export const paymentStatuses = [
  'unpaid',
  'partially_paid',
  'paid',
  'partially_refunded',
  'refunded',
] as const satisfies readonly PaymentStatus[];

export const fulfilmentStatuses = [
  'unfulfilled',
  'partially_fulfilled',
  'fulfilled',
  'delivered',
] as const satisfies readonly FulfilmentStatus[];

export const paymentMethods = [
  'bank_transfer',
  'card',
  'cash',
  'check',
  'other',
] as const satisfies readonly PaymentMethod[];

export const orderQueryKeys = {
  all: ['orders'] as const,
  lists: ['orders', 'list'] as const,
  board: ['orders', 'board'] as const,
  detail: (id: number) => ['orders', 'detail', id] as const,
  quote: ['orders', 'quote'] as const,
  // Revenue and receivables move with every payment, so order writes make the reports stale too.
  reports: ['reports'] as const,
};
