import { Group } from '@mantine/core';
import { ResourceListView } from '../features/listing/components/ResourceListView';
import { SavedViewsMenu } from '../features/listing/components/SavedViewsMenu';
import { orderResource } from '../features/orders/api/order-resource';
import { NewOrderButton } from '../features/orders/components/NewOrderButton';
import { OrderFilters } from '../features/orders/components/OrderFilters';
import { OrderViewSwitch } from '../features/orders/components/OrderViewSwitch';
import { useOrderColumns } from '../features/orders/hooks/useOrderColumns';
import { useI18n } from '../i18n/useI18n';

export function OrdersPage() {
  const { t } = useI18n();
  const columns = useOrderColumns();
  return (
    <ResourceListView
      resource={orderResource}
      title={t('orders.title')}
      searchPlaceholder={t('orders.search')}
      columns={columns}
      actions={
        <Group gap="sm">
          <OrderViewSwitch view="list" />
          <SavedViewsMenu list="orders" />
          <NewOrderButton />
        </Group>
      }
      renderFilters={(controls) => <OrderFilters {...controls} />}
    />
  );
}
