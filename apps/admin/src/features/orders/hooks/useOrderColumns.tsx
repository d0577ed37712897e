import { Group, Text } from '@mantine/core';
import { useI18n } from '../../../i18n/useI18n';
import type { DataTableColumn } from '../../../ui/DataTable';
import { EnumBadge } from '../../listing/components/EnumBadge';
import { RecordLink } from '../../listing/components/RecordLink';
import type { OrderSummary } from '../api/order-types';
import { OverdueBadge } from '../components/OverdueBadge';
import { fulfilmentStatusStyles, orderStatusStyles, paymentStatusStyles } from '../utils/order-status';

export function useOrderColumns(): DataTableColumn<OrderSummary>[] {
  const { t, format } = useI18n();
  return [
    {
      key: 'id',
      header: t('orders.number'),
      sortField: 'id',
      cell: (order) => <RecordLink to={`/orders/${order.id}`}>#{order.id}</RecordLink>,
    },
    { key: 'client', header: t('orders.client'), wrap: true, cell: (order) => order.clientName },
    {
      key: 'orderDate',
      header: t('orders.orderDate'),
      sortField: 'orderDate',
      cell: (order) => format.date(order.orderDate),
    },
    {
      key: 'status',
      header: t('field.status'),
      cell: (order) => <EnumBadge value={order.status} styles={orderStatusStyles} />,
    },
    {
      key: 'paymentStatus',
      header: t('orders.paymentStatus'),
      cell: (order) => <EnumBadge value={order.paymentStatus} styles={paymentStatusStyles} />,
    },
    {
      key: 'fulfilmentStatus',
      header: t('orders.fulfilmentStatus'),
      cell: (order) => <EnumBadge value={order.fulfilmentStatus} styles={fulfilmentStatusStyles} />,
    },
    {
      key: 'totalAmount',
      header: t('orders.totalAmount'),
      sortField: 'totalAmount',
      numeric: true,
      cell: (order) => format.money(order.totalAmount),
    },
    {
      key: 'outstandingBalance',
      header: t('orders.outstanding'),
      numeric: true,
      cell: (order) => format.money(order.outstandingBalance),
    },
    {
      key: 'dueDate',
      header: t('orders.dueDate'),
      cell: (order) => (
        <Group gap={6} wrap="nowrap">
          <Text size="sm" span>
            {format.date(order.dueDate)}
          </Text>
          {order.isOverdue && <OverdueBadge />}
        </Group>
      ),
    },
    { key: 'owner', header: t('orders.owner'), cell: (order) => order.ownerName ?? t('field.none') },
  ];
}
