import { ResourceDetailView } from '../features/listing/components/ResourceDetailView';
import { useRecordId } from '../features/listing/hooks/useRecordId';
import { productResource } from '../features/products/api/product-resource';
import { ProductDetail } from '../features/products/components/ProductDetail';
import { useI18n } from '../i18n/useI18n';

export function ProductDetailPage() {
  const { t } = useI18n();
  const id = useRecordId();
  return (
    <ResourceDetailView resource={productResource} id={id} backLabel={t('products.title')}>
      {(product) => <ProductDetail product={product} />}
    </ResourceDetailView>
  );
}
