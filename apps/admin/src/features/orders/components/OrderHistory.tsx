import { Text, Timeline } from '@mantine/core';
import { useI18n } from '../../../i18n/useI18n';
import type { OrderStatusChange } from '../api/order-types';
import { orderStatusStyles } from '../utils/order-status';

export type OrderHistoryProps = { history: OrderStatusChange[] };

/** Every status change with when, who and why, newest last. */
export function OrderHistory({ history }: OrderHistoryProps) {
  const { t, format } = useI18n();
  if (history.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('orders.history.none')}
      </Text>
    );
  }
  return (
    <Timeline bulletSize={14} lineWidth={2} active={history.length - 1}>
      {history.map((change) => {
        const to = t(orderStatusStyles[change.toStatus].label);
        const title = change.fromStatus
          ? t('orders.history.change', { from: t(orderStatusStyles[change.fromStatus].label), to })
          : t('orders.history.created', { to });
        return (
          <Timeline.Item key={change.id} title={title}>
            <Text size="xs" c="dimmed">
              {change.changedBy === null
                ? format.dateTime(change.changedAt)
                : t('orders.history.by', { time: format.dateTime(change.changedAt), user: change.changedBy })}
            </Text>
            {change.reason && <Text size="sm">{change.reason}</Text>}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
