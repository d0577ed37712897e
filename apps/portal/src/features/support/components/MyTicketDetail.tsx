import { Alert, Anchor, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { StatusBadge } from '@smartcrm/ui';
import { IconCircleCheck, IconMessageQuestion } from '@tabler/icons-react';
import { type ReactNode, useId } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { SectionCard } from '../../../ui/SectionCard';
import { ticketPriorityStyles, ticketStatusStyles } from '../../account/utils/status-styles';
import type { TicketDetail } from '../api/support-types';
import { useTicketAttachments } from '../api/useTicketAttachments';
import { canClose, canRate } from '../utils/ticket-actions';
import type { TicketCreatedState } from '../utils/ticket-page-state';
import { AttachmentList } from './AttachmentList';
import { CloseTicketButton } from './CloseTicketButton';
import { TicketRatingPanel } from './TicketRatingPanel';
import { TicketReplyForm } from './TicketReplyForm';
import { TicketThread } from './TicketThread';

export type MyTicketDetailProps = { ticket: TicketDetail; justCreated: TicketCreatedState | null };

/** A customer's view of one ticket: where it stands, the public conversation, files, reply, close and rate. */
export function MyTicketDetail({ ticket, justCreated }: MyTicketDetailProps) {
  const { t, format } = useI18n();
  const threadId = useId();
  const filesId = useId();
  const status = ticketStatusStyles[ticket.status];
  const priority = ticketPriorityStyles[ticket.priority];
  const attachments = useTicketAttachments(ticket.id, true);
  const files = attachments.data?.items ?? [];

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={4}>
            <Group gap="sm" align="center">
              <Title order={1}>{t('support.ticket.title', { id: ticket.id })}</Title>
              <StatusBadge label={t(status.label)} color={status.color} />
            </Group>
            <Text size="lg" fw={500} style={{ overflowWrap: 'anywhere' }}>
              {ticket.title}
            </Text>
          </Stack>
          {canClose(ticket.status) && <CloseTicketButton ticketId={ticket.id} />}
        </Group>
      </Stack>

      {justCreated && (
        <Alert
          color="green"
          variant="light"
          role="status"
          icon={<IconCircleCheck aria-hidden />}
          title={t('support.ticket.createdTitle')}
        >
          {t('support.ticket.createdText')}
          {justCreated.failedUploads.length > 0 &&
            ` ${t('support.attachments.someFailed', { names: justCreated.failedUploads.join(', ') })}`}
        </Alert>
      )}
      {ticket.status === 'pending' && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconMessageQuestion aria-hidden />}
          title={t('support.ticket.pendingTitle')}
        >
          {t('support.ticket.pendingText')}
        </Alert>
      )}

      <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="md" component="dl" m={0}>
        <Figure label={t('support.ticket.opened')}>{format.dateTime(ticket.createdAt)}</Figure>
        <Figure label={t('support.ticket.updated')}>{format.dateTime(ticket.updatedAt)}</Figure>
        <Figure label={t('account.tickets.priority')}>
          <StatusBadge label={t(priority.label)} color={priority.color} />
        </Figure>
        <Figure label={t('support.ticket.category')}>{ticket.categoryName ?? t('field.none')}</Figure>
        <Figure label={t('support.ticket.order')}>
          {ticket.orderId ? (
            <Anchor component={Link} to={`/account/orders/${ticket.orderId}`}>
              {ticket.orderNumber ?? `#${ticket.orderId}`}
            </Anchor>
          ) : (
            t('field.none')
          )}
        </Figure>
        {ticket.resolvedAt && (
          <Figure label={t('support.ticket.resolved')}>{format.dateTime(ticket.resolvedAt)}</Figure>
        )}
        {ticket.closedAt && (
          <Figure label={t('support.ticket.closed')}>{format.dateTime(ticket.closedAt)}</Figure>
        )}
      </SimpleGrid>

      <SectionCard title={t('support.thread.title')} titleId={threadId}>
        <TicketThread ticket={ticket} labelledBy={threadId} />
      </SectionCard>

      {files.length > 0 && (
        <SectionCard title={t('support.attachments.title')} titleId={filesId}>
          <AttachmentList ticketId={ticket.id} attachments={files} label={t('support.attachments.title')} />
        </SectionCard>
      )}

      {canRate(ticket.status) && (
        <SectionCard title={t('support.rating.title')}>
          <TicketRatingPanel ticketId={ticket.id} />
        </SectionCard>
      )}

      <TicketReplyForm ticket={ticket} />
    </Stack>
  );
}

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} fw={600}>
        {children}
      </Text>
    </Stack>
  );
}
