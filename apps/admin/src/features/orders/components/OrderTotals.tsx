import { Table } from '@mantine/core';
import { useI18n } from '../../../i18n/useI18n';
import type { OrderSummary } from '../api/order-types';

export type OrderTotalsProps = {
  order: OrderSummary;
  /** Adds what was paid, refunded and is still owed. */
  withPayments?: boolean;
  caption: string;
};

/** The order's amounts exactly as the server computed them (decimal strings, never recomputed here). */
export function OrderTotals({ order, withPayments = false, caption }: OrderTotalsProps) {
  const { t, format } = useI18n();
  const rows: [string, string, boolean?][] = [
    [t('orders.totals.subtotal'), order.subtotal],
    [t('orders.totals.discount'), order.discountTotal],
    [t('orders.totals.tax'), order.taxTotal],
    [t('orders.totals.total'), order.totalAmount, true],
    ...(withPayments
      ? ([
          [t('orders.totals.paid'), order.amountPaid],
          [t('orders.totals.refunded'), order.amountRefunded],
          [t('orders.outstanding'), order.outstandingBalance, true],
        ] as [string, string, boolean][])
      : []),
  ];
  return (
    <Table verticalSpacing={6} fz="sm" maw={420} aria-label={caption}>
      <Table.Tbody>
        {rows.map(([label, amount, strong]) => (
          <Table.Tr key={label}>
            <Table.Th scope="row" fw={strong ? 700 : 500}>
              {label}
            </Table.Th>
            <Table.Td ta="right" fw={strong ? 700 : undefined} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {format.money(amount)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
