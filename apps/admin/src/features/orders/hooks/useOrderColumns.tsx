import type { Order } from '@smartcrm/api-client';
import { useI18n } from '../../../i18n/useI18n';
import type { DataTableColumn } from '../../../ui/DataTable';
import { EnumBadge } from '../../listing/components/EnumBadge';
import { RecordLink } from '../../listing/components/RecordLink';
import { orderStatusStyles } from '../utils/order-status';

export function useOrderColumns(): DataTableColumn<Order>[] {
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
      key: 'deliveryDate',
      header: t('orders.deliveryDate'),
      cell: (order) => format.date(order.deliveryDate),
    },
    {
      key: 'totalAmount',
      header: t('orders.totalAmount'),
      sortField: 'totalAmount',
      numeric: true,
      cell: (order) => format.money(order.totalAmount),
    },
  ];
}
