import type { AuthenticatedUser } from '../../platform/auth/tokens';
import { formatCents, toCents } from '../../platform/money/money.util';
import type { OrderDetailDto, OrderDto, PaymentDto, ShipmentDto } from './dto';
import type { OrderItemRow, OrderListRow, OrderRow } from './order.repository';
import { availableActions, isOverdue, outstandingBalance } from './order-workflow.util';
import type { orderStatusChanges } from './schema';

/** Today as a calendar day in UTC, the day due dates are compared with. */
export const dayOf = (instant: Date) => instant.toISOString().slice(0, 10);

export function toOrderDto(row: OrderListRow, today: string): OrderDto {
  const money = { status: row.status, total: toCents(row.totalAmount), paid: toCents(row.amountPaid) };
  const { notes: _internal, ...fields } = row;
  return {
    ...fields,
    outstandingBalance: formatCents(outstandingBalance(money)),
    isOverdue: isOverdue({ ...money, dueDate: row.dueDate }, today),
  };
}

export type OrderParts = {
  row: OrderListRow;
  items: OrderItemRow[];
  payments: (PaymentDto & { orderId: number })[];
  shipments: ShipmentDto[];
  history: (typeof orderStatusChanges.$inferSelect)[];
};

/** The whole order; customers get it without internal notes and without who on the staff did what. */
export function toOrderDetailDto(
  parts: OrderParts,
  today: string,
  viewer: AuthenticatedUser,
): OrderDetailDto {
  const forCustomer = viewer.role === 'customer';
  return {
    ...toOrderDto(parts.row, today),
    notes: forCustomer ? null : parts.row.notes,
    items: parts.items.map(({ orderId: _order, createdAt: _created, updatedAt: _updated, ...item }) => item),
    payments: parts.payments.map(({ orderId: _order, ...payment }) => ({
      ...payment,
      createdBy: forCustomer ? null : payment.createdBy,
    })),
    shipments: parts.shipments,
    history: parts.history.map(({ orderId: _order, ...change }) => ({
      ...change,
      changedBy: forCustomer ? null : change.changedBy,
    })),
    availableActions: forCustomer
      ? []
      : availableActions(parts.row.status, {
          owed: outstandingBalance({
            status: parts.row.status,
            total: toCents(parts.row.totalAmount),
            paid: toCents(parts.row.amountPaid),
          }),
          refundable: toCents(parts.row.amountPaid) - toCents(parts.row.amountRefunded),
        }),
  };
}

/** The fields an audit entry compares before and after a change. */
export function auditSnapshot(row: OrderRow, items?: OrderItemRow[]): Record<string, unknown> {
  return {
    status: row.status,
    paymentStatus: row.paymentStatus,
    fulfilmentStatus: row.fulfilmentStatus,
    clientId: row.clientId,
    ownerUserId: row.ownerUserId,
    dueDate: row.dueDate,
    notes: row.notes,
    totalAmount: row.totalAmount,
    amountPaid: row.amountPaid,
    amountRefunded: row.amountRefunded,
    ...(items
      ? {
          items: items.map((item) => ({
            productId: item.productId,
            quantity: item.quantity,
            unitPrice: item.unitPrice,
            discountPercent: item.discountPercent,
            taxRate: item.taxRate,
            quantityShipped: item.quantityShipped,
            quantityReturned: item.quantityReturned,
          })),
        }
      : {}),
  };
}
