import { Alert, Paper, Stack } from '@mantine/core';
import { EmptyResult } from '@smartcrm/ui';
import { IconInfoCircle, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ResourceDetailView } from '../features/listing/components/ResourceDetailView';
import { useRecordId } from '../features/listing/hooks/useRecordId';
import { productResource } from '../features/products/api/product-resource';
import { useReloadProduct } from '../features/products/api/useProductWrites';
import { ProductForm } from '../features/products/components/ProductForm';
import { useCatalogPermissions } from '../features/products/hooks/useCatalogPermissions';
import { isReadOnlyProduct } from '../features/products/utils/product-status';
import { useI18n } from '../i18n/useI18n';
import { PageHeader } from '../ui/PageHeader';

export function EditProductPage() {
  const { t } = useI18n();
  const id = useRecordId();
  const navigate = useNavigate();
  const reload = useReloadProduct(id);
  const [conflict, setConflict] = useState(false);
  const permissions = useCatalogPermissions();

  return (
    <ResourceDetailView resource={productResource} id={id} backLabel={t('products.title')}>
      {(product) => (
        <Stack gap="md">
          <PageHeader title={t('products.edit.heading', { name: product.name })} />
          {conflict && (
            <Alert color="yellow" variant="light" icon={<IconInfoCircle aria-hidden />} role="alert">
              {t('products.edit.conflict')}
            </Alert>
          )}
          {!permissions.manageCatalog ? (
            <EmptyResult title={t('state.forbiddenTitle')} description={t('products.readOnlyRole')} />
          ) : isReadOnlyProduct(product) ? (
            <Alert color="gray" variant="light" icon={<IconLock aria-hidden />}>
              {t('products.archivedReadOnly')}
            </Alert>
          ) : (
            <Paper withBorder radius="md" p="lg" maw={960}>
              {/* Keyed by version: a newer version (after a conflict) starts the form again from it. */}
              <ProductForm
                key={product.version}
                product={product}
                cancelTo={`/products/${product.id}`}
                onSaved={(saved) => navigate(`/products/${saved.id}`, { state: { saved: true } })}
                onConflict={() => {
                  setConflict(true);
                  void reload();
                }}
              />
            </Paper>
          )}
        </Stack>
      )}
    </ResourceDetailView>
  );
}
