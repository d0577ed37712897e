import { Anchor, Group, Text } from '@mantine/core';
import type { Ticket } from '@smartcrm/api-client';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { EnumBadge } from '../../listing/components/EnumBadge';
import { RecordDetail } from '../../listing/components/RecordDetail';
import { ticketPriorityStyles, ticketStatusStyles } from '../utils/ticket-styles';

export type TicketDetailProps = { ticket: Ticket };

export function TicketDetail({ ticket }: TicketDetailProps) {
  const { t, format } = useI18n();
  return (
    <RecordDetail
      title={ticket.title}
      subtitle={`${t('tickets.number')} #${ticket.id}`}
      badge={
        <Group gap="xs">
          <EnumBadge value={ticket.status} styles={ticketStatusStyles} />
          <EnumBadge value={ticket.priority} styles={ticketPriorityStyles} />
        </Group>
      }
      record={ticket}
      fields={[
        {
          label: t('tickets.client'),
          value: (
            <Anchor component={Link} to={`/clients/${ticket.clientId}`}>
              {ticket.clientName}
            </Anchor>
          ),
        },
        { label: t('tickets.assignee'), value: ticket.assigneeName ?? t('tickets.unassigned') },
        {
          label: t('tickets.priority'),
          value: <EnumBadge value={ticket.priority} styles={ticketPriorityStyles} />,
        },
        { label: t('tickets.resolvedAt'), value: format.dateTime(ticket.resolvedAt) },
        {
          label: t('field.description'),
          value: (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {ticket.description ?? t('field.none')}
            </Text>
          ),
        },
      ]}
    />
  );
}
