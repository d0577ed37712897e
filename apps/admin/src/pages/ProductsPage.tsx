import { ResourceListView } from '../features/listing/components/ResourceListView';
import { productResource } from '../features/products/api/product-resource';
import { useProductColumns } from '../features/products/hooks/useProductColumns';
import { useI18n } from '../i18n/useI18n';

export function ProductsPage() {
  const { t } = useI18n();
  const columns = useProductColumns();
  return (
    <ResourceListView
      resource={productResource}
      title={t('products.title')}
      searchPlaceholder={t('products.search')}
      columns={columns}
    />
  );
}
