import { ResourceDetailView } from '../features/listing/components/ResourceDetailView';
import { useRecordId } from '../features/listing/hooks/useRecordId';
import { orderResource } from '../features/orders/api/order-resource';
import { OrderDetail } from '../features/orders/components/OrderDetail';
import { useI18n } from '../i18n/useI18n';

export function OrderDetailPage() {
  const { t } = useI18n();
  const id = useRecordId();
  return (
    <ResourceDetailView resource={orderResource} id={id} backLabel={t('orders.title')}>
      {(order) => <OrderDetail order={order} />}
    </ResourceDetailView>
  );
}
