import { Button, Group } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { ResourceListView } from '../features/listing/components/ResourceListView';
import { SavedViewsMenu } from '../features/listing/components/SavedViewsMenu';
import { productResource } from '../features/products/api/product-resource';
import { ProductFilters } from '../features/products/components/ProductFilters';
import { useCatalogPermissions } from '../features/products/hooks/useCatalogPermissions';
import { useProductColumns } from '../features/products/hooks/useProductColumns';
import { useI18n } from '../i18n/useI18n';

export function ProductsPage() {
  const { t } = useI18n();
  const columns = useProductColumns();
  const permissions = useCatalogPermissions();
  return (
    <ResourceListView
      resource={productResource}
      title={t('products.title')}
      searchPlaceholder={t('products.search')}
      columns={columns}
      actions={
        <Group gap="sm">
          <SavedViewsMenu list="products" />
          {permissions.manageCatalog && (
            <Button component={Link} to="/products/new" leftSection={<IconPlus size={18} aria-hidden />}>
              {t('products.new.open')}
            </Button>
          )}
        </Group>
      }
      renderFilters={(controls) => <ProductFilters {...controls} />}
    />
  );
}
