import { ResourceListView } from '../features/listing/components/ResourceListView';
import { orderResource } from '../features/orders/api/order-resource';
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
    />
  );
}
