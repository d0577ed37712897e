import { Anchor, Group, Paper, Stack } from '@mantine/core';
import { EmptyResult } from '@smartcrm/ui';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { ProductForm } from '../features/products/components/ProductForm';
import { useCatalogPermissions } from '../features/products/hooks/useCatalogPermissions';
import { useI18n } from '../i18n/useI18n';
import { PageHeader } from '../ui/PageHeader';

export function NewProductPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const permissions = useCatalogPermissions();
  return (
    <Stack gap="md">
      <Group>
        <Anchor component={Link} to="/products" size="sm">
          <Group gap={4} component="span">
            <IconArrowLeft size={16} aria-hidden />
            {t('products.title')}
          </Group>
        </Anchor>
      </Group>
      <PageHeader title={t('products.new.title')} />
      {permissions.manageCatalog ? (
        <Paper withBorder radius="md" p="lg" maw={960}>
          <ProductForm cancelTo="/products" onSaved={(product) => navigate(`/products/${product.id}`)} />
        </Paper>
      ) : (
        <EmptyResult title={t('state.forbiddenTitle')} description={t('products.readOnlyRole')} />
      )}
    </Stack>
  );
}
