import { Anchor, Button, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { EmptyResult, ErrorState, LoadingState } from '@smartcrm/ui';
import {
  type Icon,
  IconArrowsRightLeft,
  IconCash,
  IconLifebuoy,
  IconMail,
  IconNote,
  IconPhone,
  IconReceipt,
  IconReceiptRefund,
  IconUsersGroup,
} from '@tabler/icons-react';
import { Link } from 'react-router';
import type { MessageKey } from '../../../i18n/messages-en';
import { useI18n } from '../../../i18n/useI18n';
import { EnumBadge } from '../../listing/components/EnumBadge';
import { orderStatusStyles } from '../../orders/utils/order-status';
import { ticketPriorityStyles, ticketStatusStyles } from '../../tickets/utils/ticket-styles';
import type { ClientStage, InteractionKind, TimelineItem } from '../api/client-types';
import { useClientTimeline } from '../api/useClientHistory';
import { clientStageStyles, interactionKindStyles } from '../utils/client-styles';

export type ClientTimelineProps = { clientId: number };

const interactionIcons: Record<InteractionKind, Icon> = {
  call: IconPhone,
  email: IconMail,
  meeting: IconUsersGroup,
  note: IconNote,
};

/** Everything that happened with the client, newest first, a page at a time. */
export function ClientTimeline({ clientId }: ClientTimelineProps) {
  const { t } = useI18n();
  const timeline = useClientTimeline(clientId);
  if (timeline.isPending) return <LoadingState />;
  if (timeline.isError) return <ErrorState error={timeline.error} onRetry={() => timeline.refetch()} />;
  const items = timeline.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    return <EmptyResult title={t('clients.timeline.emptyTitle')} description={t('clients.timeline.empty')} />;
  }
  return (
    <Stack gap="md">
      <Stack
        component="ol"
        gap="md"
        aria-label={t('clients.timeline.title')}
        style={{ listStyle: 'none', margin: 0, padding: 0 }}
      >
        {items.map((item) => (
          <TimelineEntry key={`${item.type}-${item.id}`} item={item} />
        ))}
      </Stack>
      {timeline.hasNextPage && (
        <Group justify="center">
          <Button
            variant="default"
            loading={timeline.isFetchingNextPage}
            onClick={() => timeline.fetchNextPage()}
          >
            {t('clients.loadMore')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function TimelineEntry({ item }: { item: TimelineItem }) {
  const { t, format } = useI18n();
  const { icon: EntryIcon, color } = appearance(item);
  return (
    <Group component="li" gap="sm" align="flex-start" wrap="nowrap" data-type={item.type}>
      <ThemeIcon variant="light" color={color} radius="xl" size="lg" aria-hidden>
        <EntryIcon size={18} />
      </ThemeIcon>
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        <Group gap="xs" justify="space-between" wrap="nowrap" align="baseline">
          <Text fw={600} size="sm">
            <EntryTitle item={item} />
          </Text>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            <time dateTime={item.occurredAt}>{format.dateTime(item.occurredAt)}</time>
          </Text>
        </Group>
        <EntryDetails item={item} />
        <Text size="xs" c="dimmed">
          {t(`clients.timeline.type.${item.type}`)}
        </Text>
      </Stack>
    </Group>
  );
}

function appearance(item: TimelineItem): { icon: Icon; color: string } {
  switch (item.type) {
    case 'interaction':
      return {
        icon: interactionIcons[item.data.kind] ?? IconNote,
        color: interactionKindStyles[item.data.kind]?.color ?? 'gray',
      };
    case 'order':
      return { icon: IconReceipt, color: 'blue' };
    case 'payment':
      return item.data.kind === 'refund'
        ? { icon: IconReceiptRefund, color: 'orange' }
        : { icon: IconCash, color: 'teal' };
    case 'ticket':
      return { icon: IconLifebuoy, color: 'red' };
    case 'stage_change':
      return { icon: IconArrowsRightLeft, color: 'violet' };
  }
}

// The timeline carries the payment method as the orders module names it.
const paymentMethodLabels: Record<string, MessageKey> = {
  bank_transfer: 'orders.payment.method.bank_transfer',
  card: 'orders.payment.method.card',
  cash: 'orders.payment.method.cash',
  check: 'orders.payment.method.check',
  other: 'orders.payment.method.other',
};

const stageLabel = (stage: string | null) =>
  stage && stage in clientStageStyles ? clientStageStyles[stage as ClientStage].label : null;

function EntryTitle({ item }: { item: TimelineItem }) {
  const { t } = useI18n();
  switch (item.type) {
    case 'interaction':
      return (
        <>
          {t(interactionKindStyles[item.data.kind]?.label ?? 'clients.interaction.kind.note')}: {item.title}
        </>
      );
    case 'order':
      return (
        <Anchor component={Link} to={`/orders/${item.id}`} inherit>
          {t('clients.timeline.order', { id: item.id })}
        </Anchor>
      );
    case 'payment':
      return (
        <Anchor component={Link} to={`/orders/${item.data.orderId}`} inherit>
          {t(item.data.kind === 'refund' ? 'clients.timeline.refund' : 'clients.timeline.payment', {
            id: item.data.orderId,
          })}
        </Anchor>
      );
    case 'ticket':
      return (
        <Anchor component={Link} to={`/tickets/${item.id}`} inherit>
          {item.title}
        </Anchor>
      );
    case 'stage_change': {
      const from = stageLabel(item.data.fromStage);
      const to = stageLabel(item.data.toStage);
      return (
        <>
          {from
            ? t('clients.timeline.stageChange', { from: t(from), to: to ? t(to) : item.data.toStage })
            : t('clients.timeline.stageSet', { to: to ? t(to) : item.data.toStage })}
        </>
      );
    }
  }
}

function EntryDetails({ item }: { item: TimelineItem }) {
  const { t, format } = useI18n();
  switch (item.type) {
    case 'interaction': {
      const facts = [
        item.data.authorName ? t('clients.interaction.by', { name: item.data.authorName }) : null,
        item.data.durationMinutes !== null
          ? t('clients.interaction.minutes', { count: item.data.durationMinutes })
          : null,
      ].filter(Boolean);
      return (
        <>
          {item.data.body && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} lineClamp={4}>
              {item.data.body}
            </Text>
          )}
          {facts.length > 0 && (
            <Text size="xs" c="dimmed">
              {facts.join(' · ')}
            </Text>
          )}
        </>
      );
    }
    case 'order':
      return (
        <Group gap="xs">
          <EnumBadge value={item.data.status as keyof typeof orderStatusStyles} styles={orderStatusStyles} />
          <Text size="sm">{format.money(item.data.totalAmount)}</Text>
        </Group>
      );
    case 'payment':
      return (
        <Text size="sm">
          {format.money(item.data.amount)} ·{' '}
          {item.data.method in paymentMethodLabels
            ? t(paymentMethodLabels[item.data.method] as MessageKey)
            : item.data.method}
          {item.data.reference ? ` · ${item.data.reference}` : ''}
        </Text>
      );
    case 'ticket':
      return (
        <Group gap="xs">
          <EnumBadge
            value={item.data.status as keyof typeof ticketStatusStyles}
            styles={ticketStatusStyles}
          />
          <EnumBadge
            value={item.data.priority as keyof typeof ticketPriorityStyles}
            styles={ticketPriorityStyles}
          />
        </Group>
      );
    case 'stage_change':
      return (
        <>
          {item.data.reason && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {t('clients.timeline.reason', { reason: item.data.reason })}
            </Text>
          )}
          {item.data.changedByName && (
            <Text size="xs" c="dimmed">
              {t('clients.timeline.by', { name: item.data.changedByName })}
            </Text>
          )}
        </>
      );
  }
}
