import { Checkbox, NativeSelect, TextInput } from '@mantine/core';
import { useI18n } from '../../../i18n/useI18n';
import { useSession } from '../../auth/hooks/useSession';
import { ClientPicker } from '../../clients/components/ClientPicker';
import type { ListFilterControls } from '../../listing/components/ResourceListView';
import { fulfilmentStatuses, orderStatuses, paymentStatuses } from '../api/order-types';
import { fulfilmentStatusStyles, orderStatusStyles, paymentStatusStyles } from '../utils/order-status';

export type OrderFiltersProps = ListFilterControls & {
  /** The board shows every status as a column, so it has no status filter. */
  withStatus?: boolean;
};

export function OrderFilters({ filters, setFilter, withStatus = true }: OrderFiltersProps) {
  const { t } = useI18n();
  const { session } = useSession();
  const userId = session?.user.id;
  const clientId = filters.clientId && /^\d+$/.test(filters.clientId) ? Number(filters.clientId) : null;

  return (
    <>
      {withStatus && (
        <NativeSelect
          label={t('field.status')}
          value={filters.status ?? ''}
          onChange={(event) => setFilter('status', event.currentTarget.value)}
          data={[
            { value: '', label: t('orders.filter.anyStatus') },
            ...orderStatuses.map((status) => ({ value: status, label: t(orderStatusStyles[status].label) })),
          ]}
          w={170}
        />
      )}
      <NativeSelect
        label={t('orders.paymentStatus')}
        value={filters.paymentStatus ?? ''}
        onChange={(event) => setFilter('paymentStatus', event.currentTarget.value)}
        data={[
          { value: '', label: t('orders.filter.any') },
          ...paymentStatuses.map((status) => ({
            value: status,
            label: t(paymentStatusStyles[status].label),
          })),
        ]}
        w={170}
      />
      <NativeSelect
        label={t('orders.fulfilmentStatus')}
        value={filters.fulfilmentStatus ?? ''}
        onChange={(event) => setFilter('fulfilmentStatus', event.currentTarget.value)}
        data={[
          { value: '', label: t('orders.filter.any') },
          ...fulfilmentStatuses.map((status) => ({
            value: status,
            label: t(fulfilmentStatusStyles[status].label),
          })),
        ]}
        w={170}
      />
      <NativeSelect
        label={t('orders.overdue')}
        value={filters.overdue ?? ''}
        onChange={(event) => setFilter('overdue', event.currentTarget.value)}
        data={[
          { value: '', label: t('orders.filter.any') },
          { value: 'true', label: t('orders.filter.overdueOnly') },
          { value: 'false', label: t('orders.filter.notOverdue') },
        ]}
        w={150}
      />
      <TextInput
        type="date"
        label={t('orders.filter.from')}
        value={filters.from ?? ''}
        onChange={(event) => setFilter('from', event.currentTarget.value)}
        w={160}
      />
      <TextInput
        type="date"
        label={t('orders.filter.to')}
        value={filters.to ?? ''}
        onChange={(event) => setFilter('to', event.currentTarget.value)}
        w={160}
      />
      <div style={{ minWidth: 220 }}>
        <ClientPicker
          label={t('orders.client')}
          value={clientId}
          onChange={(next) => setFilter('clientId', next === null ? null : String(next))}
        />
      </div>
      {userId !== undefined && (
        <Checkbox
          label={t('orders.filter.mine')}
          checked={filters.ownerUserId === String(userId)}
          onChange={(event) => setFilter('ownerUserId', event.currentTarget.checked ? String(userId) : null)}
          mb={8}
        />
      )}
    </>
  );
}
