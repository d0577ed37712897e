import { Anchor, Container, Group, Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { isApiProblem } from '@smartcrm/api-client';
import { EmptyResult, ErrorState, LoadingState } from '@smartcrm/ui';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useCatalogProduct } from '../features/catalog/api/useCatalogProduct';
import { CatalogProductDetail } from '../features/catalog/components/CatalogProductDetail';
import { useI18n } from '../i18n/useI18n';

export function ProductDetailPage() {
  const { t } = useI18n();
  const { id: idParam } = useParams();
  const id = idParam && /^\d+$/.test(idParam) ? Number(idParam) : Number.NaN;
  const query = useCatalogProduct(id);
  useDocumentTitle(`${query.data?.name ?? t('catalog.title')} · Smart CRM Suite`);
  const notFound = Number.isNaN(id) || (isApiProblem(query.error) && query.error.status === 404);

  return (
    <Container size="lg" py="xl">
      <Stack gap="lg">
        <Group>
          <Anchor component={Link} to="/products" size="sm">
            <Group gap={4} component="span">
              <IconArrowLeft size={16} aria-hidden />
              {t('catalog.back')}
            </Group>
          </Anchor>
        </Group>
        {notFound ? (
          <EmptyResult title={t('state.notFoundTitle')} description={t('catalog.notFound')} />
        ) : query.isPending ? (
          <LoadingState />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => query.refetch()} />
        ) : (
          <CatalogProductDetail product={query.data} />
        )}
      </Stack>
    </Container>
  );
}
