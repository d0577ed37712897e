import { Anchor, Button, Group, Stack, Table } from '@mantine/core';
import { EmptyResult, ErrorState, LoadingState } from '@smartcrm/ui';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { EnumBadge } from '../../listing/components/EnumBadge';
import { ticketPriorityStyles, ticketStatusStyles } from '../../tickets/utils/ticket-styles';
import { useClientTickets } from '../api/useClientActivity';

export type ClientTicketsProps = { clientId: number };

/** The client's support tickets, newest first. */
export function ClientTickets({ clientId }: ClientTicketsProps) {
  const { t, format } = useI18n();
  const tickets = useClientTickets(clientId);
  if (tickets.isPending) return <LoadingState />;
  if (tickets.isError) return <ErrorState error={tickets.error} onRetry={() => tickets.refetch()} />;
  const rows = tickets.data.pages.flatMap((page) => page.items);
  if (rows.length === 0) {
    return <EmptyResult title={t('clients.tickets.emptyTitle')} description={t('clients.tickets.empty')} />;
  }
  return (
    <Stack gap="md">
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="sm">
          <Table.Caption>{t('clients.tickets.title')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('clients.tickets.subject')}</Table.Th>
              <Table.Th>{t('field.status')}</Table.Th>
              <Table.Th>{t('clients.tickets.priority')}</Table.Th>
              <Table.Th>{t('clients.tickets.assignee')}</Table.Th>
              <Table.Th>{t('field.createdAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((ticket) => (
              <Table.Tr key={ticket.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/tickets/${ticket.id}`} fw={600} size="sm">
                    {ticket.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <EnumBadge value={ticket.status} styles={ticketStatusStyles} />
                </Table.Td>
                <Table.Td>
                  <EnumBadge value={ticket.priority} styles={ticketPriorityStyles} />
                </Table.Td>
                <Table.Td>{ticket.assigneeName ?? t('field.none')}</Table.Td>
                <Table.Td>{format.date(ticket.createdAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {tickets.hasNextPage && (
        <Group justify="center">
          <Button
            variant="default"
            loading={tickets.isFetchingNextPage}
            onClick={() => tickets.fetchNextPage()}
          >
            {t('clients.loadMore')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
