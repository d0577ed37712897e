import { Anchor, Table } from '@mantine/core';
import { StatusBadge } from '@smartcrm/ui';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { useMyOrders } from '../api/useMyOrders';
import { useCursorPages } from '../hooks/useCursorPages';
import { orderStatusStyles } from '../utils/status-styles';
import { PagedList } from './PagedList';

export type OrdersListProps = { labelledBy: string };

export function OrdersList({ labelledBy }: OrdersListProps) {
  const { t, format } = useI18n();
  const pages = useCursorPages();
  const query = useMyOrders(pages.cursor);
  return (
    <PagedList
      query={query}
      pages={pages}
      emptyTitle={t('account.orders.empty')}
      emptyHint={t('account.orders.emptyHint')}
      paginationLabel={t('account.orders.pagination')}
    >
      {(orders) => (
        <Table.ScrollContainer minWidth={340}>
          <Table aria-labelledby={labelledBy} verticalSpacing="sm" horizontalSpacing="xs" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('account.orders.number')}</Table.Th>
                <Table.Th scope="col">{t('account.orders.date')}</Table.Th>
                <Table.Th scope="col">{t('account.orders.status')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('account.orders.total')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {orders.map((order) => {
                const status = orderStatusStyles[order.status];
                return (
                  <Table.Tr key={order.id}>
                    <Table.Th scope="row" fw={600}>
                      <Anchor component={Link} to={`/account/orders/${order.id}`} fw={600}>
                        #{order.id}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>{format.date(order.orderDate)}</Table.Td>
                    <Table.Td>
                      <StatusBadge label={t(status.label)} color={status.color} />
                    </Table.Td>
                    <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {format.money(order.totalAmount)}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </PagedList>
  );
}
