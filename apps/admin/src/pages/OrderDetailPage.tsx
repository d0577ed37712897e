import { Anchor, Group, Stack } from '@mantine/core';
import { isApiProblem } from '@smartcrm/api-client';
import { EmptyResult, ErrorState, LoadingState } from '@smartcrm/ui';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';
import { useRecordId } from '../features/listing/hooks/useRecordId';
import { useOrder } from '../features/orders/api/useOrder';
import { OrderDetail } from '../features/orders/components/OrderDetail';
import { useI18n } from '../i18n/useI18n';

export function OrderDetailPage() {
  const { t } = useI18n();
  const id = useRecordId();
  const location = useLocation();
  const order = useOrder(id);
  const notFound = !Number.isInteger(id) || (isApiProblem(order.error) && order.error.status === 404);
  const justConfirmed = (location.state as { confirmed?: boolean } | null)?.confirmed === true;

  return (
    <Stack gap="md">
      <Group>
        <Anchor component={Link} to="/orders" size="sm">
          <Group gap={4} component="span">
            <IconArrowLeft size={16} aria-hidden />
            {t('orders.title')}
          </Group>
        </Anchor>
      </Group>
      {notFound ? (
        <EmptyResult title={t('state.notFoundTitle')} description={t('orders.error.notFound')} />
      ) : order.isPending ? (
        <LoadingState />
      ) : order.isError ? (
        <ErrorState error={order.error} onRetry={() => order.refetch()} />
      ) : (
        <OrderDetail order={order.data} justConfirmed={justConfirmed} />
      )}
    </Stack>
  );
}
