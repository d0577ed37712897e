import { Alert, Anchor, Grid, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconArrowMerge } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { SectionCard } from '../../../ui/SectionCard';
import { EnumBadge } from '../../listing/components/EnumBadge';
import { useUpdateSearch } from '../../listing/hooks/useUpdateSearch';
import type { TicketDetail } from '../api/ticket-types';
import { ticketChannelLabels, ticketPriorityStyles, ticketStatusStyles } from '../utils/ticket-styles';
import { AssigneeControl } from './AssigneeControl';
import { MergeTicketButton } from './MergeTicketButton';
import { PriorityOverride } from './PriorityOverride';
import { TicketAttachments } from './TicketAttachments';
import { TicketComposer } from './TicketComposer';
import { CategoryControl, OrderControl, TagsControl } from './TicketFieldControls';
import { TicketHistory } from './TicketHistory';
import { TicketSlaTimers } from './TicketSlaTimers';
import { TicketStatusActions } from './TicketStatusActions';
import { TicketThread } from './TicketThread';

export type TicketWorkspaceProps = {
  ticket: TicketDetail;
  /** People who work tickets (`tickets:write`) change it; others read it and may reply. */
  canWork: boolean;
};

type Tab = 'conversation' | 'history';

/** The ticket page: where it stands, the conversation with notes, the SLA, the people and the history. */
export function TicketWorkspace({ ticket, canWork }: TicketWorkspaceProps) {
  const { t, format } = useI18n();
  useDocumentTitle(`#${ticket.id} ${ticket.title} · Smart CRM Suite`);
  const [search] = useSearchParams();
  const updateSearch = useUpdateSearch();
  const tab: Tab = canWork && search.get('tab') === 'history' ? 'history' : 'conversation';
  const closed = ticket.status === 'closed';
  const none = t('field.none');

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4}>
          <Group gap="sm" align="center">
            <Title order={1} size="h2">
              {ticket.title}
            </Title>
            <EnumBadge value={ticket.status} styles={ticketStatusStyles} />
            <EnumBadge value={ticket.priority} styles={ticketPriorityStyles} />
          </Group>
          <Text c="dimmed" size="sm">
            {t('tickets.number')} #{ticket.id} · {ticket.clientName} ·{' '}
            {t(ticketChannelLabels[ticket.channel])} · {format.dateTime(ticket.createdAt)}
          </Text>
        </Stack>
        {canWork && !closed && <MergeTicketButton ticket={ticket} />}
      </Group>

      {ticket.mergedIntoId !== null && (
        <Alert color="gray" variant="light" icon={<IconArrowMerge aria-hidden />}>
          <Anchor component={Link} to={`/tickets/${ticket.mergedIntoId}`}>
            {t('tickets.mergedInto', { id: ticket.mergedIntoId })}
          </Anchor>
        </Alert>
      )}
      {canWork && <TicketStatusActions ticket={ticket} />}

      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <SectionCard title={t('tickets.description')}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {ticket.description ?? t('tickets.noDescription')}
              </Text>
            </SectionCard>
            <Tabs
              value={tab}
              onChange={(next) =>
                updateSearch(
                  (params) => {
                    if (next === 'history') params.set('tab', 'history');
                    else params.delete('tab');
                    return params;
                  },
                  { replace: true },
                )
              }
              keepMounted={false}
              variant="outline"
            >
              <Tabs.List>
                <Tabs.Tab value="conversation">{t('tickets.tab.conversation')}</Tabs.Tab>
                {canWork && <Tabs.Tab value="history">{t('tickets.tab.history')}</Tabs.Tab>}
              </Tabs.List>
              <Tabs.Panel value="conversation" pt="md">
                <Stack gap="md">
                  <TicketThread ticketId={ticket.id} />
                  <TicketComposer ticket={ticket} canWriteNotes={canWork} />
                </Stack>
              </Tabs.Panel>
              {canWork && (
                <Tabs.Panel value="history" pt="md">
                  <TicketHistory ticketId={ticket.id} />
                </Tabs.Panel>
              )}
            </Tabs>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <SectionCard title={t('tickets.sla.title')}>
              <TicketSlaTimers sla={ticket.sla} />
            </SectionCard>
            <SectionCard title={t('tickets.details')}>
              <Field label={t('tickets.priority')}>
                <PriorityOverride ticket={ticket} canChange={canWork} />
              </Field>
              {canWork ? (
                <AssigneeControl ticket={ticket} />
              ) : (
                <Field label={t('tickets.assignee')}>{ticket.assigneeName ?? t('tickets.unassigned')}</Field>
              )}
              <Field label={t('tickets.queue')}>{ticket.queueName ?? t('tickets.noQueue')}</Field>
              {canWork ? (
                <>
                  <CategoryControl ticket={ticket} disabled={closed} />
                  <TagsControl ticket={ticket} disabled={closed} />
                </>
              ) : (
                <>
                  <Field label={t('tickets.category')}>
                    {ticket.categoryName ?? t('tickets.noCategory')}
                  </Field>
                  <Field label={t('tickets.tags')}>
                    {ticket.tags.length > 0 ? ticket.tags.join(', ') : t('tickets.noTags')}
                  </Field>
                </>
              )}
              <Field label={t('tickets.client')}>
                <Anchor component={Link} to={`/clients/${ticket.clientId}`} size="sm">
                  {ticket.clientName}
                </Anchor>
              </Field>
              <Field label={t('tickets.requester')}>
                {[ticket.requesterName, ticket.requesterEmail].filter(Boolean).join(' · ') || none}
              </Field>
              {canWork ? (
                <OrderControl ticket={ticket} disabled={closed} />
              ) : (
                <Field label={t('tickets.order')}>
                  {ticket.orderId === null ? (
                    t('tickets.noOrder')
                  ) : (
                    <Anchor component={Link} to={`/orders/${ticket.orderId}`} size="sm">
                      {ticket.orderNumber ?? `#${ticket.orderId}`}
                      {ticket.orderTotal ? ` · ${format.money(ticket.orderTotal)}` : ''}
                    </Anchor>
                  )}
                </Field>
              )}
              <Field label={t('tickets.channel')}>{t(ticketChannelLabels[ticket.channel])}</Field>
              <Field label={t('tickets.updated')}>{format.dateTime(ticket.updatedAt)}</Field>
              {ticket.resolvedAt && (
                <Field label={t('tickets.resolvedAt')}>{format.dateTime(ticket.resolvedAt)}</Field>
              )}
              {ticket.closedAt && (
                <Field label={t('tickets.closedAt')}>{format.dateTime(ticket.closedAt)}</Field>
              )}
              {ticket.reopenCount > 0 && (
                <Text size="xs" c="dimmed">
                  {t('tickets.reopened', { count: ticket.reopenCount })}
                </Text>
              )}
            </SectionCard>
            <SectionCard title={t('tickets.attachments.title')}>
              <TicketAttachments ticketId={ticket.id} />
            </SectionCard>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <div>{typeof children === 'string' ? <Text size="sm">{children}</Text> : children}</div>
    </Stack>
  );
}
