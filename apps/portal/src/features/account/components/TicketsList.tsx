import { Table } from '@mantine/core';
import { StatusBadge } from '@smartcrm/ui';
import { useI18n } from '../../../i18n/useI18n';
import { useMyTickets } from '../api/useMyTickets';
import { useCursorPages } from '../hooks/useCursorPages';
import { ticketPriorityStyles, ticketStatusStyles } from '../utils/status-styles';
import { PagedList } from './PagedList';

export type TicketsListProps = { labelledBy: string };

export function TicketsList({ labelledBy }: TicketsListProps) {
  const { t, format } = useI18n();
  const pages = useCursorPages();
  const query = useMyTickets(pages.cursor);
  return (
    <PagedList
      query={query}
      pages={pages}
      emptyTitle={t('account.tickets.empty')}
      emptyHint={t('account.tickets.emptyHint')}
      paginationLabel={t('account.tickets.pagination')}
    >
      {(tickets) => (
        <Table.ScrollContainer minWidth={460}>
          <Table aria-labelledby={labelledBy} verticalSpacing="sm" horizontalSpacing="xs" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('account.tickets.number')}</Table.Th>
                <Table.Th scope="col">{t('account.tickets.subject')}</Table.Th>
                <Table.Th scope="col" visibleFrom="sm">
                  {t('account.tickets.priority')}
                </Table.Th>
                <Table.Th scope="col">{t('account.tickets.status')}</Table.Th>
                <Table.Th scope="col">{t('account.tickets.opened')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tickets.map((ticket) => {
                const status = ticketStatusStyles[ticket.status];
                const priority = ticketPriorityStyles[ticket.priority];
                return (
                  <Table.Tr key={ticket.id}>
                    <Table.Th scope="row" fw={600}>
                      #{ticket.id}
                    </Table.Th>
                    <Table.Td>{ticket.title}</Table.Td>
                    <Table.Td visibleFrom="sm">
                      <StatusBadge label={t(priority.label)} color={priority.color} />
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge label={t(status.label)} color={status.color} />
                    </Table.Td>
                    <Table.Td>{format.date(ticket.createdAt)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </PagedList>
  );
}
