import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { EnumBadge } from '../../listing/components/EnumBadge';
import type { OrderSummary } from '../api/order-types';
import { fulfilmentStatusStyles, paymentStatusStyles } from '../utils/order-status';
import { OverdueBadge } from './OverdueBadge';

export type OrderCardProps = { order: OrderSummary };

/** An order on the board: who, how much, what is still owed, and how far payment and shipping got. */
export function OrderCard({ order }: OrderCardProps) {
  const { t, format } = useI18n();
  const owes = order.outstandingBalance !== '0.00';
  return (
    <Paper
      component="article"
      withBorder
      radius="md"
      p="sm"
      aria-label={`${t('orders.number')} #${order.id}`}
    >
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Anchor component={Link} to={`/orders/${order.id}`} fw={600} size="sm">
            #{order.id}
          </Anchor>
          <Text size="xs" c="dimmed">
            {format.date(order.orderDate)}
          </Text>
        </Group>
        <Text size="sm" fw={500} lineClamp={2}>
          {order.clientName}
        </Text>
        <Group justify="space-between" gap="xs">
          <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {format.money(order.totalAmount)}
          </Text>
          {owes && (
            <Text size="xs" c="dimmed">
              {t('orders.card.owed', { amount: format.money(order.outstandingBalance) })}
            </Text>
          )}
        </Group>
        <Group gap={4}>
          <EnumBadge value={order.paymentStatus} styles={paymentStatusStyles} />
          <EnumBadge value={order.fulfilmentStatus} styles={fulfilmentStatusStyles} />
          {order.isOverdue && <OverdueBadge />}
        </Group>
      </Stack>
    </Paper>
  );
}
