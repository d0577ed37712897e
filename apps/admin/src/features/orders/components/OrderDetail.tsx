import { Alert, Anchor, Grid, Group, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { SectionCard } from '../../../ui/SectionCard';
import { useSession } from '../../auth/hooks/useSession';
import { EnumBadge } from '../../listing/components/EnumBadge';
import { RecordDetail } from '../../listing/components/RecordDetail';
import type { OrderDetail as Order } from '../api/order-types';
import { actionsFor } from '../utils/order-permissions';
import { fulfilmentStatusStyles, orderStatusStyles, paymentStatusStyles } from '../utils/order-status';
import { OrderActionBar } from './OrderActionBar';
import { OrderHistory } from './OrderHistory';
import { OrderItemsTable } from './OrderItemsTable';
import { OrderPayments } from './OrderPayments';
import { OrderShipments } from './OrderShipments';
import { OrderTotals } from './OrderTotals';
import { OverdueBadge } from './OverdueBadge';

export type OrderDetailProps = {
  order: Order;
  /** Shown once after the order was confirmed on the entry page. */
  justConfirmed?: boolean;
};

export function OrderDetail({ order, justConfirmed = false }: OrderDetailProps) {
  const { t, format } = useI18n();
  const { session } = useSession();
  const actions = actionsFor(session?.user, order);
  const none = t('field.none');

  return (
    <RecordDetail
      title={`${t('orders.number')} #${order.id}`}
      subtitle={order.clientName}
      badge={
        <Group gap="xs">
          <EnumBadge value={order.status} styles={orderStatusStyles} />
          {order.isOverdue && <OverdueBadge />}
        </Group>
      }
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
        { label: t('orders.owner'), value: order.ownerName ?? none },
        {
          label: t('orders.paymentStatus'),
          value: <EnumBadge value={order.paymentStatus} styles={paymentStatusStyles} />,
        },
        {
          label: t('orders.fulfilmentStatus'),
          value: <EnumBadge value={order.fulfilmentStatus} styles={fulfilmentStatusStyles} />,
        },
        { label: t('orders.orderDate'), value: format.dateTime(order.orderDate) },
        {
          label: t('orders.dueDate'),
          value: (
            <Group gap={6}>
              <Text size="sm" span>
                {format.date(order.dueDate)}
              </Text>
              {order.isOverdue && <OverdueBadge />}
            </Group>
          ),
        },
        { label: t('orders.deliveryDate'), value: format.dateTime(order.deliveryDate) },
        ...(order.cancelledAt
          ? [{ label: t('orders.cancelledAt'), value: format.dateTime(order.cancelledAt) }]
          : []),
        ...(order.closedAt ? [{ label: t('orders.closedAt'), value: format.dateTime(order.closedAt) }] : []),
        { label: t('orders.notes'), value: order.notes ?? none },
      ]}
    >
      {justConfirmed && order.status !== 'draft' && (
        <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
          {t('orders.confirmed')}
        </Alert>
      )}
      <OrderActionBar order={order} actions={actions} />
      <SectionCard title={t('orders.items')}>
        <OrderItemsTable items={order.items} caption={t('orders.items')} />
      </SectionCard>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <SectionCard title={t('orders.totals.title')}>
            <OrderTotals order={order} withPayments caption={t('orders.totals.title')} />
          </SectionCard>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <SectionCard title={t('orders.payments.title')}>
            <OrderPayments payments={order.payments} caption={t('orders.payments.title')} />
          </SectionCard>
        </Grid.Col>
      </Grid>
      <SectionCard title={t('orders.shipments.title')}>
        <Stack gap="sm">
          <OrderShipments
            order={order}
            canDeliver={actions.has('deliver')}
            caption={t('orders.shipments.title')}
          />
        </Stack>
      </SectionCard>
      <SectionCard title={t('orders.history.title')}>
        <OrderHistory history={order.history} />
      </SectionCard>
    </RecordDetail>
  );
}
