import { Anchor } from '@mantine/core';
import type { Order } from '@smartcrm/api-client';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { EnumBadge } from '../../listing/components/EnumBadge';
import { RecordDetail } from '../../listing/components/RecordDetail';
import { orderStatusStyles } from '../utils/order-status';

export type OrderDetailProps = { order: Order };

export function OrderDetail({ order }: OrderDetailProps) {
  const { t, format } = useI18n();
  return (
    <RecordDetail
      title={`${t('orders.number')} #${order.id}`}
      subtitle={order.clientName}
      badge={<EnumBadge value={order.status} styles={orderStatusStyles} />}
      record={order}
      fields={[
        {
          label: t('orders.client'),
          value: (
            <Anchor component={Link} to={`/clients/${order.clientId}`}>
              {order.clientName}
            </Anchor>
          ),
        },
        { label: t('orders.totalAmount'), value: format.money(order.totalAmount) },
        { label: t('orders.orderDate'), value: format.date(order.orderDate) },
        { label: t('orders.deliveryDate'), value: format.date(order.deliveryDate) },
      ]}
    />
  );
}
