import { NativeSelect, TextInput } from '@mantine/core';
import { useDebouncedSearch } from '@smartcrm/ui';
import { useI18n } from '../../../i18n/useI18n';
import type { ListFilterControls } from '../../listing/components/ResourceListView';
import { ticketChannels, ticketPriorities, ticketStatuses } from '../api/ticket-types';
import { useTicketCategories } from '../api/useTicketSettings';
import { ticketChannelLabels, ticketPriorityStyles, ticketStatusStyles } from '../utils/ticket-styles';
import { StaffAssigneePicker } from './StaffAssigneePicker';

export type TicketFiltersProps = ListFilterControls & {
  /** The assignee filter makes no sense in the views that fix the assignee. */
  withAssignee: boolean;
};

export function TicketFilters({ filters, setFilter, withAssignee }: TicketFiltersProps) {
  const { t } = useI18n();
  const categories = useTicketCategories();
  const tag = useDebouncedSearch(filters.tag ?? '', (value) => setFilter('tag', value));
  const assignedTo =
    filters.assignedTo && /^\d+$/.test(filters.assignedTo) ? Number(filters.assignedTo) : null;

  return (
    <>
      <NativeSelect
        label={t('field.status')}
        value={filters.status ?? ''}
        onChange={(event) => setFilter('status', event.currentTarget.value)}
        data={[
          { value: '', label: t('tickets.filter.anyStatus') },
          ...ticketStatuses.map((status) => ({ value: status, label: t(ticketStatusStyles[status].label) })),
        ]}
        w={150}
      />
      <NativeSelect
        label={t('tickets.priority')}
        value={filters.priority ?? ''}
        onChange={(event) => setFilter('priority', event.currentTarget.value)}
        data={[
          { value: '', label: t('tickets.filter.anyPriority') },
          ...ticketPriorities.map((priority) => ({
            value: priority,
            label: t(ticketPriorityStyles[priority].label),
          })),
        ]}
        w={150}
      />
      <NativeSelect
        label={t('tickets.category')}
        value={filters.categoryId ?? ''}
        onChange={(event) => setFilter('categoryId', event.currentTarget.value)}
        data={[
          { value: '', label: t('tickets.filter.anyCategory') },
          ...(categories.data ?? []).map((category) => ({
            value: String(category.id),
            label: category.name,
          })),
        ]}
        w={170}
      />
      <NativeSelect
        label={t('tickets.channel')}
        value={filters.channel ?? ''}
        onChange={(event) => setFilter('channel', event.currentTarget.value)}
        data={[
          { value: '', label: t('tickets.filter.anyChannel') },
          ...ticketChannels.map((channel) => ({ value: channel, label: t(ticketChannelLabels[channel]) })),
        ]}
        w={140}
      />
      <TextInput
        label={t('tickets.tag')}
        value={tag.text}
        onChange={(event) => tag.setText(event.currentTarget.value)}
        w={140}
      />
      {withAssignee && (
        <StaffAssigneePicker
          label={t('tickets.filter.assignee')}
          placeholder={t('tickets.filter.anyone')}
          value={assignedTo}
          onChange={(employeeId) => setFilter('assignedTo', employeeId === null ? null : String(employeeId))}
          w={200}
        />
      )}
    </>
  );
}
