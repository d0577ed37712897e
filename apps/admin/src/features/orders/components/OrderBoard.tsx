import { Button, Group, ScrollArea, Stack, TextInput } from '@mantine/core';
import { useDebouncedSearch } from '@smartcrm/ui';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useI18n } from '../../../i18n/useI18n';
import { useListParams } from '../../listing/hooks/useListParams';
import { orderFilterKeys, orderResource } from '../api/order-resource';
import { orderStatuses } from '../api/order-types';
import { OrderBoardColumn } from './OrderBoardColumn';
import { OrderFilters } from './OrderFilters';

// The status is the board's columns, not a filter.
const boardFilterKeys = orderFilterKeys.filter((key) => key !== 'status');

/**
 * Orders by status, one column each. Cards move by the order's own actions (pay, ship, deliver…) on its
 * page: a status is derived from payments and shipments, so there is nothing to drag it to.
 */
export function OrderBoard() {
  const { t } = useI18n();
  const list = useListParams({
    sortFields: orderResource.sortFields,
    defaultSort: orderResource.defaultSort,
    filterKeys: boardFilterKeys,
  });
  const { params } = list;
  const search = useDebouncedSearch(params.q, list.setQuery);
  const filtered = Object.keys(params.filters).length > 0;

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="sm" role="search">
        <TextInput
          type="search"
          label={t('list.search')}
          placeholder={t('orders.search')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search.text}
          onChange={(event) => search.setText(event.currentTarget.value)}
          style={{ flex: '1 1 240px', maxWidth: 360 }}
        />
        <OrderFilters filters={params.filters} setFilter={list.setFilter} withStatus={false} />
        {filtered && (
          <Button
            variant="subtle"
            leftSection={<IconFilterOff size={16} aria-hidden />}
            onClick={list.clearFilters}
          >
            {t('list.clearFilters')}
          </Button>
        )}
      </Group>
      <ScrollArea type="auto" offsetScrollbars aria-label={t('orders.board.label')}>
        <Group align="flex-start" gap="sm" wrap="nowrap" pb="sm">
          {orderStatuses.map((status) => (
            <OrderBoardColumn key={status} status={status} filters={params.filters} q={params.q} />
          ))}
        </Group>
      </ScrollArea>
    </Stack>
  );
}
