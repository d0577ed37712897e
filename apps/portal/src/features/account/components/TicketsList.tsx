import { Anchor, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { StatusBadge } from '@smartcrm/ui';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import {
  isTicketStatusFilter,
  statusesForFilter,
  type TicketStatusFilter,
  ticketStatusOrder,
} from '../../support/utils/ticket-filters';
import { useMyTickets } from '../api/useMyTickets';
import { useCursorPages } from '../hooks/useCursorPages';
import { ticketStatusStyles } from '../utils/status-styles';
import { PagedList } from './PagedList';

export type TicketsListProps = { labelledBy: string };

/** "My tickets": the company's tickets with their status and dates, narrowed by status, each one a link. */
export function TicketsList({ labelledBy }: TicketsListProps) {
  const { t } = useI18n();
  const [filter, setFilter] = useState<TicketStatusFilter>('all');
  const filterOptions = [
    { value: 'all', label: t('account.tickets.filterAll') },
    { value: 'active', label: t('account.tickets.filterActive') },
    ...ticketStatusOrder.map((status) => ({ value: status, label: t(ticketStatusStyles[status].label) })),
  ];
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Select
          label={t('account.tickets.filter')}
          data={filterOptions}
          value={filter}
          onChange={(value) => isTicketStatusFilter(value) && setFilter(value)}
          allowDeselect={false}
          w={220}
        />
        <Button
          component={Link}
          to="/contact"
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
        >
          {t('account.tickets.new')}
        </Button>
      </Group>
      {/* A new filter starts again at the first page. */}
      <TicketPages key={filter} filter={filter} labelledBy={labelledBy} />
    </Stack>
  );
}

function TicketPages({ filter, labelledBy }: { filter: TicketStatusFilter; labelledBy: string }) {
  const { t, format } = useI18n();
  const pages = useCursorPages();
  const query = useMyTickets(pages.cursor, statusesForFilter(filter));
  return (
    <PagedList
      query={query}
      pages={pages}
      emptyTitle={t(filter === 'all' ? 'account.tickets.empty' : 'account.tickets.emptyFiltered')}
      emptyHint={t(filter === 'all' ? 'account.tickets.emptyHint' : 'account.tickets.emptyFilteredHint')}
      paginationLabel={t('account.tickets.pagination')}
    >
      {(tickets) => (
        <Table.ScrollContainer minWidth={460}>
          <Table aria-labelledby={labelledBy} verticalSpacing="sm" horizontalSpacing="xs" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('account.tickets.number')}</Table.Th>
                <Table.Th scope="col">{t('account.tickets.subject')}</Table.Th>
                <Table.Th scope="col">{t('account.tickets.status')}</Table.Th>
                <Table.Th scope="col">{t('account.tickets.opened')}</Table.Th>
                <Table.Th scope="col" visibleFrom="sm">
                  {t('account.tickets.updated')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tickets.map((ticket) => {
                const status = ticketStatusStyles[ticket.status];
                return (
                  <Table.Tr key={ticket.id}>
                    <Table.Th scope="row" fw={600}>
                      <Anchor component={Link} to={`/account/tickets/${ticket.id}`} fw={600}>
                        #{ticket.id}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>
                      <Text size="sm" lineClamp={2}>
                        {ticket.title}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge label={t(status.label)} color={status.color} />
                    </Table.Td>
                    <Table.Td>{format.date(ticket.createdAt)}</Table.Td>
                    <Table.Td visibleFrom="sm">{format.date(ticket.updatedAt)}</Table.Td>
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
