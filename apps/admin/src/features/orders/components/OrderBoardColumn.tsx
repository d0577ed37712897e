import { Badge, Button, Group, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { ErrorState, LoadingState } from '@smartcrm/ui';
import { useId } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import type { ListFilters } from '../../listing/api/resource';
import type { OrderStatus } from '../api/order-types';
import { useBoardColumn } from '../api/useBoardColumn';
import { orderStatusStyles } from '../utils/order-status';
import { OrderCard } from './OrderCard';

export type OrderBoardColumnProps = { status: OrderStatus; filters: ListFilters; q: string };

export function OrderBoardColumn({ status, filters, q }: OrderBoardColumnProps) {
  const { t } = useI18n();
  const headingId = useId();
  const column = useBoardColumn(status, filters, q);
  const orders = column.data?.pages.flatMap((page) => page.items) ?? [];
  const style = orderStatusStyles[status];
  const count = column.hasNextPage ? `${orders.length}+` : String(orders.length);

  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      withBorder
      radius="md"
      p="sm"
      bg="var(--mantine-color-gray-0)"
      w={272}
      style={{ flex: '0 0 auto' }}
    >
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Title order={2} size="h5" id={headingId}>
            {t(style.label)}
          </Title>
          {!column.isPending && (
            <Badge variant="light" color={style.color} radius="sm" title={t('orders.board.count', { count })}>
              {count}
            </Badge>
          )}
        </Group>
        <ScrollArea.Autosize mah="70vh" offsetScrollbars>
          <Stack gap="xs">
            {column.isPending ? (
              <LoadingState />
            ) : column.isError ? (
              <ErrorState error={column.error} onRetry={() => column.refetch()} />
            ) : orders.length === 0 ? (
              <Text size="sm" c="dimmed" ta="center" py="md">
                {t('orders.board.empty')}
              </Text>
            ) : (
              orders.map((order) => <OrderCard key={order.id} order={order} />)
            )}
            {column.hasNextPage && (
              <Button
                variant="subtle"
                size="xs"
                loading={column.isFetchingNextPage}
                onClick={() => void column.fetchNextPage()}
              >
                {t('orders.board.more')}
              </Button>
            )}
          </Stack>
        </ScrollArea.Autosize>
      </Stack>
    </Paper>
  );
}
