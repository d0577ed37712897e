import { Anchor, Button, Group, Stack, Table } from '@mantine/core';
import { EmptyResult, ErrorState, LoadingState } from '@smartcrm/ui';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { EnumBadge } from '../../listing/components/EnumBadge';
import { orderStatusStyles } from '../../orders/utils/order-status';
import { useClientOrders } from '../api/useClientActivity';

export type ClientOrdersProps = { clientId: number };

/** The client's orders, newest first, each linking to its order page. */
export function ClientOrders({ clientId }: ClientOrdersProps) {
  const { t, format } = useI18n();
  const orders = useClientOrders(clientId);
  if (orders.isPending) return <LoadingState />;
  if (orders.isError) return <ErrorState error={orders.error} onRetry={() => orders.refetch()} />;
  const rows = orders.data.pages.flatMap((page) => page.items);
  return (
    <Stack gap="md">
      <Group justify="flex-end">
        <Anchor component={Link} to={`/orders?clientId=${clientId}`} size="sm">
          {t('clients.orders.all')}
        </Anchor>
      </Group>
      {rows.length === 0 ? (
        <EmptyResult title={t('clients.orders.emptyTitle')} description={t('clients.orders.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="sm">
            <Table.Caption>{t('clients.orders.title')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('clients.orders.number')}</Table.Th>
                <Table.Th>{t('clients.orders.date')}</Table.Th>
                <Table.Th>{t('field.status')}</Table.Th>
                <Table.Th ta="right">{t('clients.orders.total')}</Table.Th>
                <Table.Th ta="right">{t('clients.orders.outstanding')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((order) => (
                <Table.Tr key={order.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/orders/${order.id}`} fw={600} size="sm">
                      {t('clients.timeline.order', { id: order.id })}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{format.date(order.orderDate)}</Table.Td>
                  <Table.Td>
                    <EnumBadge value={order.status} styles={orderStatusStyles} />
                  </Table.Td>
                  <Table.Td ta="right">{format.money(order.totalAmount)}</Table.Td>
                  <Table.Td ta="right">{format.money(order.outstandingBalance)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {orders.hasNextPage && (
        <Group justify="center">
          <Button
            variant="default"
            loading={orders.isFetchingNextPage}
            onClick={() => orders.fetchNextPage()}
          >
            {t('clients.loadMore')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
