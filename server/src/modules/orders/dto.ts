import { z } from 'zod';
import { listQuerySchema } from '../../platform/http/pagination';
import { moneySchema } from '../catalog';
import { orderActions } from './order-workflow.util';
import { fulfilmentStatuses, orderStatuses, paymentKinds, paymentMethods, paymentStatuses } from './schema';

// ---------------------------------------------------------------------------------------------------------
// Inputs. Amounts and rates are decimal strings, never JSON numbers, so they reach the money code exactly.

/** A positive amount with at most two decimals that fits numeric(12,2), normalised to two decimals. */
const amountInput = z
  .string()
  .trim()
  .regex(/^\d{1,10}(\.\d{1,2})?$/, 'a decimal string with at most 10 digits before the point and 2 after')
  .transform((value) => {
    const [whole = '0', fraction = ''] = value.split('.');
    return `${BigInt(whole)}.${fraction.padEnd(2, '0')}`;
  })
  .refine((value) => value !== '0.00', 'must be more than zero');

const percentInput = z
  .string()
  .trim()
  .regex(/^\d{1,3}(\.\d{1,2})?$/, 'a percentage as a decimal string, e.g. "12.5"')
  .refine((value) => Number.parseFloat(value) <= 100, 'at most 100')
  .describe('Percent off the line, 0–100, up to two decimals');

const taxRateInput = z
  .string()
  .trim()
  .regex(/^(0(\.\d{1,4})?|1(\.0{1,4})?)$/, 'a fraction between 0 and 1 as a decimal string, e.g. "0.0825"')
  .describe('Tax rate as a fraction (0.0825 = 8.25 %), up to four decimals');

const dateOnly = z.iso.date().describe('A calendar day, YYYY-MM-DD');
const instant = z.iso.datetime({ offset: true }).transform((value) => new Date(value));
const id = z.number().int().min(1).max(2_147_483_647);

export const orderLineInputSchema = z.object({
  productId: id,
  quantity: z.number().int().min(1).max(100_000),
  discountPercent: percentInput.default('0'),
  taxRate: taxRateInput.default('0'),
});
export type OrderLineInput = z.infer<typeof orderLineInputSchema>;

export const createOrderBodySchema = z
  .object({
    clientId: id,
    items: z.array(orderLineInputSchema).min(1).max(200),
    dueDate: dateOnly.nullable().optional(),
    notes: z.string().trim().max(5_000).nullable().optional(),
    ownerUserId: id
      .nullable()
      .optional()
      .describe('The account manager; defaults to the creator. Sales users may only name themselves.'),
  })
  .strict();

export const createOrderRequestSchema = createOrderBodySchema
  .extend({
    confirm: z
      .boolean()
      .optional()
      .describe(
        'true confirms the order at once: priced at this moment, stock reserved, all or nothing (409 and no order when a product is short)',
      ),
    note: z.string().trim().max(1_000).optional().describe('Why, recorded with the confirmation'),
  })
  .strict();
export type CreateOrderInput = z.infer<typeof createOrderRequestSchema>;

export const updateOrderBodySchema = createOrderBodySchema
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'send at least one field to change')
  .describe('Only drafts can be edited; `items` replaces every line.');
export type UpdateOrderInput = z.infer<typeof updateOrderBodySchema>;

const noteInput = z.string().trim().min(1).max(1_000);

export const confirmOrderBodySchema = z.object({ note: noteInput.optional() }).strict().optional();
export const closeOrderBodySchema = confirmOrderBodySchema;
export const cancelOrderBodySchema = z.object({ reason: noteInput.describe('Why; required') }).strict();

export const paymentBodySchema = z
  .object({
    kind: z.enum(paymentKinds).default('payment').describe('`refund` gives money back'),
    amount: amountInput,
    method: z.enum(paymentMethods),
    reference: z.string().trim().min(1).max(255).optional(),
    paidAt: instant.optional().describe('When the money moved; now by default, never in the future'),
  })
  .strict();
export type PaymentInput = z.infer<typeof paymentBodySchema>;

const itemQuantities = z
  .array(z.object({ orderItemId: id, quantity: z.number().int().min(1).max(100_000) }).strict())
  .min(1)
  .max(200);

export const shipmentBodySchema = z
  .object({
    carrier: z.string().trim().min(1).max(100).optional(),
    trackingNumber: z.string().trim().min(1).max(100).optional(),
    shippedAt: instant.optional(),
    items: itemQuantities
      .optional()
      .describe('What this shipment carries; everything not yet shipped if omitted'),
  })
  .strict();
export type ShipmentInput = z.infer<typeof shipmentBodySchema>;

export const deliveryBodySchema = z.object({ deliveredAt: instant.optional() }).strict().optional();

export const returnBodySchema = z.object({ items: itemQuantities, reason: noteInput }).strict();
export type ReturnInput = z.infer<typeof returnBodySchema>;

const idParam = z.coerce.number().int().min(1).max(2_147_483_647);
export const shipmentParamsSchema = z.object({ id: idParam.describe('Order id'), shipmentId: idParam });

const booleanFlag = z.enum(['true', 'false']).transform((value) => value === 'true');
const dayOrInstant = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()])
  .transform((value) => new Date(value));

export const orderListQuerySchema = listQuerySchema(
  ['orderDate', 'totalAmount', 'createdAt', 'id'],
  '-orderDate',
).extend({
  status: z.enum(orderStatuses).optional().describe('Only orders in this status'),
  paymentStatus: z.enum(paymentStatuses).optional(),
  fulfilmentStatus: z.enum(fulfilmentStatuses).optional(),
  clientId: z.coerce.number().int().min(1).optional().describe("Only this client's orders"),
  ownerUserId: z.coerce.number().int().min(1).optional().describe('Only orders this account manager owns'),
  overdue: booleanFlag.optional().describe('true: only orders past their due date with money owed'),
  from: dayOrInstant.optional().describe('Order date on or after (YYYY-MM-DD or date-time)'),
  to: dayOrInstant.optional().describe('Order date before (exclusive)'),
});
export type OrderListQuery = z.infer<typeof orderListQuerySchema>;

// ---------------------------------------------------------------------------------------------------------
// Outputs

export const orderSchema = z
  .object({
    id: z.number().int(),
    clientId: z.number().int(),
    clientName: z.string(),
    status: z.enum(orderStatuses),
    paymentStatus: z.enum(paymentStatuses),
    fulfilmentStatus: z.enum(fulfilmentStatuses),
    currency: z.string(),
    subtotal: moneySchema,
    discountTotal: moneySchema,
    taxTotal: moneySchema,
    totalAmount: moneySchema,
    amountPaid: moneySchema,
    amountRefunded: moneySchema,
    outstandingBalance: moneySchema.describe('Total less what was paid, while the order is live'),
    isOverdue: z.boolean().describe('Past the due date with money still owed'),
    dueDate: z.string().nullable(),
    ownerUserId: z.number().int().nullable(),
    ownerName: z.string().nullable(),
    orderDate: z
      .date()
      .describe('When the order was placed: its confirmation, or its creation while a draft'),
    deliveryDate: z.date().nullable(),
    confirmedAt: z.date().nullable(),
    cancelledAt: z.date().nullable(),
    closedAt: z.date().nullable(),
    version: z.number().int(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Order' });
export type OrderDto = z.infer<typeof orderSchema>;

export const orderItemSchema = z
  .object({
    id: z.number().int(),
    productId: z.number().int(),
    productName: z.string(),
    sku: z.string(),
    quantity: z.number().int(),
    unitPrice: moneySchema,
    discountPercent: z.string(),
    taxRate: z.string(),
    lineSubtotal: moneySchema,
    lineDiscount: moneySchema,
    lineTax: moneySchema,
    lineTotal: moneySchema,
    priceExplanation: z
      .record(z.string(), z.unknown())
      .describe('How the price function arrived at the unit price (fixed at confirmation)'),
    quantityShipped: z.number().int(),
    quantityReturned: z.number().int(),
  })
  .meta({ id: 'OrderItem' });

export const paymentSchema = z
  .object({
    id: z.number().int(),
    kind: z.enum(paymentKinds),
    amount: moneySchema,
    method: z.enum(paymentMethods),
    reference: z.string().nullable(),
    paidAt: z.date(),
    createdBy: z.number().int().nullable(),
    createdAt: z.date(),
  })
  .meta({ id: 'Payment' });
export type PaymentDto = z.infer<typeof paymentSchema>;

export const shipmentSchema = z
  .object({
    id: z.number().int(),
    carrier: z.string().nullable(),
    trackingNumber: z.string().nullable(),
    shippedAt: z.date(),
    deliveredAt: z.date().nullable(),
    items: z.array(
      z.object({ orderItemId: z.number().int(), productId: z.number().int(), quantity: z.number().int() }),
    ),
  })
  .meta({ id: 'Shipment' });
export type ShipmentDto = z.infer<typeof shipmentSchema>;

export const statusChangeSchema = z
  .object({
    id: z.number().int(),
    fromStatus: z.enum(orderStatuses).nullable(),
    toStatus: z.enum(orderStatuses),
    reason: z.string().nullable(),
    changedBy: z.number().int().nullable(),
    changedAt: z.date(),
  })
  .meta({ id: 'OrderStatusChange' });

export const orderDetailSchema = orderSchema
  .extend({
    notes: z.string().nullable().describe('Internal; never shown to customers'),
    items: z.array(orderItemSchema),
    payments: z.array(paymentSchema),
    shipments: z.array(shipmentSchema),
    history: z.array(statusChangeSchema),
    availableActions: z.array(z.enum(orderActions)).describe('What the status admits now'),
  })
  .meta({ id: 'OrderDetail' });
export type OrderDetailDto = z.infer<typeof orderDetailSchema>;

// ---------------------------------------------------------------------------------------------------------
// Reports (live data)

export const revenueGroupings = [
  'day',
  'week',
  'month',
  'product',
  'category',
  'client',
  'tier',
  'owner',
] as const;
export type RevenueGrouping = (typeof revenueGroupings)[number];

const reportPeriod = {
  from: dayOrInstant
    .optional()
    .describe('Start, inclusive (YYYY-MM-DD or date-time, UTC); default a year before `to`'),
  to: dayOrInstant.optional().describe('End, exclusive; default now'),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .default('USD')
    .describe('Orders in this currency only; amounts of different currencies are never added'),
};

export const revenueQuerySchema = z.object({
  ...reportPeriod,
  groupBy: z.enum(revenueGroupings).default('month'),
});
export type RevenueQuery = z.infer<typeof revenueQuerySchema>;

export const revenueGroupSchema = z.object({
  key: z
    .string()
    .nullable()
    .describe('Period start (YYYY-MM-DD) or the id of the product, category, client, owner; or the tier'),
  label: z.string(),
  revenue: moneySchema,
  orders: z
    .number()
    .int()
    .describe('Revenue-bearing orders (with a line of this product or category, for those)'),
  averageOrderValue: moneySchema.nullable().describe('Only for periods, clients, tiers and owners'),
  units: z.number().int().nullable().describe('Units sold; only for products and categories'),
});

export const revenueReportSchema = z
  .object({
    from: z.date(),
    to: z.date(),
    currency: z.string(),
    groupBy: z.enum(revenueGroupings),
    summary: z.object({
      grossRevenue: moneySchema.describe('Totals of the revenue-bearing orders, tax included'),
      refunds: moneySchema.describe('What was refunded on them'),
      revenue: moneySchema.describe('grossRevenue − refunds'),
      orders: z.number().int(),
      averageOrderValue: moneySchema.nullable(),
    }),
    receivables: z
      .object({
        outstanding: moneySchema.describe('Owed on live orders, whatever their date'),
        outstandingOrders: z.number().int(),
        overdue: moneySchema.describe('The part past its due date'),
        overdueOrders: z.number().int(),
      })
      .describe('As of now, not limited to the period'),
    groups: z.array(revenueGroupSchema),
  })
  .meta({ id: 'RevenueReport' });
export type RevenueReport = z.infer<typeof revenueReportSchema>;

export const productPerformanceQuerySchema = z.object({
  ...reportPeriod,
  categoryId: z.coerce.number().int().min(1).optional().describe('This category and the categories under it'),
  limit: z.coerce.number().int().min(1).max(500).default(100).describe('Products listed, by revenue'),
});
export type ProductPerformanceQuery = z.infer<typeof productPerformanceQuerySchema>;

const performanceFigures = {
  unitsSold: z.number().int(),
  unitsReturned: z.number().int(),
  revenue: moneySchema.describe('Net sales: line amounts after discounts, before tax, less refunds'),
  costOfGoods: moneySchema.nullable().describe('Current unit cost × units kept; null when a cost is unknown'),
  margin: moneySchema.nullable(),
  marginPercent: z.string().nullable().describe('margin ÷ revenue × 100, two decimals'),
  unitsShipped: z.number().int().describe('Units that left the warehouse in the period (stock ledger)'),
  averageStock: z.string().describe('Mean of units on hand at the start and at the end of the period'),
  stockTurnover: z.string().nullable().describe('unitsShipped ÷ averageStock; null with no stock'),
};

export const productPerformanceSchema = z
  .object({
    from: z.date(),
    to: z.date(),
    currency: z.string(),
    products: z.array(
      z.object({
        productId: z.number().int(),
        sku: z.string(),
        name: z.string(),
        categoryId: z.number().int().nullable(),
        categoryName: z.string().nullable(),
        ...performanceFigures,
      }),
    ),
    categories: z.array(
      z.object({ categoryId: z.number().int().nullable(), categoryName: z.string(), ...performanceFigures }),
    ),
    totals: z.object(performanceFigures),
  })
  .meta({ id: 'ProductPerformanceReport' });
export type ProductPerformanceReport = z.infer<typeof productPerformanceSchema>;
