import { Button, Group, Stack, Text, Timeline } from '@mantine/core';
import { ErrorState, LoadingState } from '@smartcrm/ui';
import { IconArrowRight } from '@tabler/icons-react';
import { useI18n } from '../../../i18n/useI18n';
import { EnumBadge } from '../../listing/components/EnumBadge';
import { useProductHistory } from '../api/useProductHistory';
import { productStatusStyles } from '../utils/product-status';
import { ActorName } from './ActorName';

export type ProductStatusHistoryProps = { productId: number };

/** Every status the product has been in, newest first, with who moved it and why. */
export function ProductStatusHistory({ productId }: ProductStatusHistoryProps) {
  const { t, format } = useI18n();
  const history = useProductHistory(productId);
  if (history.isPending) return <LoadingState />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => history.refetch()} />;
  const changes = history.data.pages.flatMap((page) => page.items);

  return (
    <Stack gap="sm">
      <Timeline bulletSize={14} lineWidth={2} active={0}>
        {changes.map((change) => (
          <Timeline.Item
            key={change.id}
            title={
              <Group gap={6} component="span">
                {change.fromStatus && (
                  <>
                    <EnumBadge value={change.fromStatus} styles={productStatusStyles} />
                    <IconArrowRight size={14} aria-label={t('products.history.to')} />
                  </>
                )}
                <EnumBadge value={change.toStatus} styles={productStatusStyles} />
              </Group>
            }
          >
            {change.reason && (
              <Text size="sm" mt={4}>
                {change.reason}
              </Text>
            )}
            <Text size="xs" c="dimmed" mt={4} component="div">
              {format.dateTime(change.changedAt)} ·{' '}
              <ActorName userId={change.changedBy} name={change.changedByName} />
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
      {history.hasNextPage && (
        <Group>
          <Button
            variant="subtle"
            size="xs"
            loading={history.isFetchingNextPage}
            onClick={() => history.fetchNextPage()}
          >
            {t('products.history.more')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
