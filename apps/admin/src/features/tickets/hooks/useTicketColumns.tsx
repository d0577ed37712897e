import type { Ticket } from '@smartcrm/api-client';
import { useI18n } from '../../../i18n/useI18n';
import type { DataTableColumn } from '../../../ui/DataTable';
import { EnumBadge } from '../../listing/components/EnumBadge';
import { RecordLink } from '../../listing/components/RecordLink';
import { ticketPriorityStyles, ticketStatusStyles } from '../utils/ticket-styles';

export function useTicketColumns(): DataTableColumn<Ticket>[] {
  const { t, format } = useI18n();
  return [
    {
      key: 'title',
      header: t('tickets.subject'),
      cell: (ticket) => <RecordLink to={`/tickets/${ticket.id}`}>{ticket.title}</RecordLink>,
    },
    { key: 'client', header: t('tickets.client'), wrap: true, cell: (ticket) => ticket.clientName },
    {
      key: 'priority',
      header: t('tickets.priority'),
      cell: (ticket) => <EnumBadge value={ticket.priority} styles={ticketPriorityStyles} />,
    },
    {
      key: 'status',
      header: t('field.status'),
      cell: (ticket) => <EnumBadge value={ticket.status} styles={ticketStatusStyles} />,
    },
    {
      key: 'assignee',
      header: t('tickets.assignee'),
      cell: (ticket) => ticket.assigneeName ?? t('tickets.unassigned'),
    },
    {
      key: 'createdAt',
      header: t('field.createdAt'),
      sortField: 'createdAt',
      cell: (ticket) => format.date(ticket.createdAt),
    },
    {
      key: 'updatedAt',
      header: t('field.updatedAt'),
      sortField: 'updatedAt',
      cell: (ticket) => format.date(ticket.updatedAt),
    },
  ];
}
