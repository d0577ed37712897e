import { Anchor, Group, Stack } from '@mantine/core';
import { isApiProblem } from '@smartcrm/api-client';
import { EmptyResult, ErrorState, LoadingState } from '@smartcrm/ui';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';
import { useSession } from '../features/auth/hooks/useSession';
import { useRecordId } from '../features/listing/hooks/useRecordId';
import { useOrder } from '../features/orders/api/useOrder';
import { OrderEditor } from '../features/orders/components/OrderEditor';
import { orderPermissions } from '../features/orders/utils/order-permissions';
import { useI18n } from '../i18n/useI18n';
import { PageHeader } from '../ui/PageHeader';

export type OrderEntryPageProps = { mode: 'new' | 'edit' };

/** `/orders/new` and `/orders/:id/edit`: entering a new order, or changing a draft. */
export function OrderEntryPage({ mode }: OrderEntryPageProps) {
  const { t } = useI18n();
  const { session } = useSession();
  const id = useRecordId();
  const location = useLocation();
  const order = useOrder(mode === 'edit' ? id : Number.NaN);
  const justCreated = (location.state as { created?: boolean } | null)?.created === true;

  const back = (
    <Group>
      <Anchor component={Link} to={mode === 'edit' ? `/orders/${id}` : '/orders'} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {mode === 'edit' ? t('orders.backToOrder') : t('orders.title')}
        </Group>
      </Anchor>
    </Group>
  );

  if (!orderPermissions(session?.user.role).write) {
    return <EmptyResult title={t('state.forbiddenTitle')} description={t('orders.form.forbidden')} />;
  }
  if (mode === 'new') {
    return (
      <Stack gap={0}>
        {back}
        <PageHeader title={t('orders.new')} />
        <OrderEditor key="new" />
      </Stack>
    );
  }

  const notFound = !Number.isInteger(id) || (isApiProblem(order.error) && order.error.status === 404);
  return (
    <Stack gap={0}>
      {back}
      {notFound ? (
        <EmptyResult title={t('state.notFoundTitle')} description={t('state.notFound')} />
      ) : order.isPending ? (
        <LoadingState />
      ) : order.isError ? (
        <ErrorState error={order.error} onRetry={() => order.refetch()} />
      ) : order.data.status !== 'draft' ? (
        <EmptyResult title={t('orders.form.notDraftTitle')} description={t('orders.form.notDraft')} />
      ) : (
        <>
          <PageHeader title={t('orders.editTitle', { id: order.data.id })} />
          <OrderEditor key={order.data.id} order={order.data} justCreated={justCreated} />
        </>
      )}
    </Stack>
  );
}
