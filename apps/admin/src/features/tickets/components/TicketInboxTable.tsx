import { Anchor, Badge, Checkbox, Group, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowsSort, IconArrowUp } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import type { DataTableSort } from '../../../ui/DataTable';
import classes from '../../../ui/DataTable.module.css';
import { EnumBadge } from '../../listing/components/EnumBadge';
import type { TicketSummary } from '../api/ticket-types';
import { summarySlaTimer } from '../utils/sla-timer';
import { ticketPriorityStyles, ticketStatusStyles } from '../utils/ticket-styles';
import { SlaBadge } from './SlaBadge';

export type TicketInboxTableProps = {
  caption: string;
  tickets: TicketSummary[];
  now: Date;
  /** Tickets that arrived with the last refresh, marked until the user has seen them. */
  arrived: ReadonlySet<number>;
  /** The order shown on the sortable column, if it is the one the list is in. */
  sort?: DataTableSort;
  /** Without it the table cannot be re-sorted (the breaching view has one order: soonest deadline first). */
  onSort?: (field: string) => void;
  /** Without it the table has no checkboxes (people who do not work tickets have no bulk actions). */
  selection?: { selected: ReadonlySet<number>; onChange: (ids: number[], selected: boolean) => void };
  busy?: boolean;
};

/** The inbox: priority, status, SLA timer and who has it, one row per ticket; rows open the ticket. */
export function TicketInboxTable({
  caption,
  tickets,
  now,
  arrived,
  sort,
  onSort,
  selection,
  busy,
}: TicketInboxTableProps) {
  const { t, format } = useI18n();
  const navigate = useNavigate();
  const ids = tickets.map((ticket) => ticket.id);
  const selectedHere = selection ? ids.filter((id) => selection.selected.has(id)).length : 0;
  const none = t('field.none');

  return (
    <Table.ScrollContainer minWidth={1200}>
      <Table highlightOnHover verticalSpacing="sm" aria-busy={busy} className={classes.table}>
        <Table.Caption className={classes.caption}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {selection && (
              <Table.Th w={40}>
                <Checkbox
                  aria-label={t('tickets.list.selectAll')}
                  checked={ids.length > 0 && selectedHere === ids.length}
                  indeterminate={selectedHere > 0 && selectedHere < ids.length}
                  onChange={(event) => selection.onChange(ids, event.currentTarget.checked)}
                />
              </Table.Th>
            )}
            <Table.Th>{t('tickets.subject')}</Table.Th>
            <Table.Th>{t('tickets.priority')}</Table.Th>
            <Table.Th>{t('field.status')}</Table.Th>
            <Table.Th>{t('tickets.sla')}</Table.Th>
            <Table.Th>{t('tickets.client')}</Table.Th>
            <Table.Th>{t('tickets.requester')}</Table.Th>
            <Table.Th>{t('tickets.assignee')}</Table.Th>
            <Table.Th>{t('tickets.queue')}</Table.Th>
            <SortableHeader field="updatedAt" label={t('tickets.updated')} sort={sort} onSort={onSort} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tickets.map((ticket) => {
            const isNew = arrived.has(ticket.id);
            return (
              <Table.Tr
                key={ticket.id}
                className={classes.clickableRow}
                onClick={() => navigate(`/tickets/${ticket.id}`)}
                data-new={isNew || undefined}
                bg={isNew ? 'var(--mantine-color-blue-light)' : undefined}
              >
                {selection && (
                  // The checkbox selects; the rest of the row opens the ticket.
                  <Table.Td onClick={(event) => event.stopPropagation()}>
                    <Checkbox
                      aria-label={t('tickets.list.select', { id: ticket.id })}
                      checked={selection.selected.has(ticket.id)}
                      onChange={(event) => selection.onChange([ticket.id], event.currentTarget.checked)}
                    />
                  </Table.Td>
                )}
                <Table.Td miw={240}>
                  <Stack gap={2}>
                    <Group gap={6} wrap="nowrap" align="flex-start">
                      <Anchor
                        component={Link}
                        to={`/tickets/${ticket.id}`}
                        fw={600}
                        size="sm"
                        onClick={(event) => event.stopPropagation()}
                      >
                        {ticket.title}
                      </Anchor>
                      {isNew && (
                        <Badge size="xs" color="blue" variant="filled" tt="none" style={{ flexShrink: 0 }}>
                          {t('tickets.list.newBadge')}
                        </Badge>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed">
                      #{ticket.id}
                      {ticket.categoryName ? ` · ${ticket.categoryName}` : ''}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td className={classes.nowrap}>
                  <EnumBadge value={ticket.priority} styles={ticketPriorityStyles} />
                </Table.Td>
                <Table.Td className={classes.nowrap}>
                  <EnumBadge value={ticket.status} styles={ticketStatusStyles} />
                </Table.Td>
                <Table.Td className={classes.nowrap}>
                  <SlaBadge timer={summarySlaTimer(ticket.sla, now)} />
                </Table.Td>
                <Table.Td>{ticket.clientName}</Table.Td>
                <Table.Td>{ticket.requesterName ?? ticket.requesterEmail ?? none}</Table.Td>
                <Table.Td className={classes.nowrap}>
                  {ticket.assigneeName ?? (
                    <Text span size="sm" c="dimmed">
                      {t('tickets.unassigned')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td className={classes.nowrap}>{ticket.queueName ?? none}</Table.Td>
                <Table.Td className={classes.nowrap}>{format.dateTime(ticket.updatedAt)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

type SortableHeaderProps = {
  field: string;
  label: string;
  sort?: DataTableSort;
  onSort?: (field: string) => void;
};

function SortableHeader({ field, label, sort, onSort }: SortableHeaderProps) {
  if (!onSort) return <Table.Th>{label}</Table.Th>;
  const direction = sort?.field === field ? sort.direction : null;
  const Icon = direction === null ? IconArrowsSort : direction === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <Table.Th aria-sort={direction === null ? 'none' : direction === 'asc' ? 'ascending' : 'descending'}>
      <UnstyledButton
        className={classes.sortButton}
        data-active={direction !== null || undefined}
        onClick={() => onSort(field)}
      >
        <span>{label}</span>
        <Icon size={14} aria-hidden className={classes.sortIcon} />
      </UnstyledButton>
    </Table.Th>
  );
}
