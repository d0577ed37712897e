import { Anchor, Container, Group, Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { isApiProblem } from '@smartcrm/api-client';
import { EmptyResult, ErrorState, LoadingState } from '@smartcrm/ui';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useMyOrder } from '../features/orders/api/useMyOrder';
import { MyOrderDetail } from '../features/orders/components/MyOrderDetail';
import { useI18n } from '../i18n/useI18n';

/** One of the signed-in customer's orders; the router wraps it in RequireSession. */
export function OrderPage() {
  const { t } = useI18n();
  const { id: idParam } = useParams();
  const id = idParam && /^\d+$/.test(idParam) ? Number(idParam) : Number.NaN;
  const query = useMyOrder(id);
  useDocumentTitle(`${t('order.detail.title', { id: idParam ?? '' })} · Smart CRM Suite`);
  // The API answers another company's order as if it did not exist.
  const notFound = Number.isNaN(id) || (isApiProblem(query.error) && query.error.status === 404);

  return (
    <Container size="lg" py="xl">
      <Stack gap="lg">
        <Group>
          <Anchor component={Link} to="/account" size="sm">
            <Group gap={4} component="span">
              <IconArrowLeft size={16} aria-hidden />
              {t('order.detail.back')}
            </Group>
          </Anchor>
        </Group>
        {notFound ? (
          <EmptyResult title={t('order.detail.notFoundTitle')} description={t('order.detail.notFound')} />
        ) : query.isPending ? (
          <LoadingState />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => query.refetch()} />
        ) : (
          <MyOrderDetail order={query.data} />
        )}
      </Stack>
    </Container>
  );
}
