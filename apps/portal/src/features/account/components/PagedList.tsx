import { Box, Stack } from '@mantine/core';
import type { ListPage } from '@smartcrm/api-client';
import { CursorPager, EmptyResult, ErrorState, LoadingState } from '@smartcrm/ui';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import type { useCursorPages } from '../hooks/useCursorPages';

export type PagedListProps<Item> = {
  query: UseQueryResult<ListPage<Item>>;
  pages: ReturnType<typeof useCursorPages>;
  emptyTitle: string;
  emptyHint: string;
  paginationLabel: string;
  children: (items: Item[]) => ReactNode;
};

/** One keyset list of the account page: loading, failure and empty states, the items, and paging. */
export function PagedList<Item>({ query, pages, children, ...labels }: PagedListProps<Item>) {
  const { t } = useI18n();
  const page = query.data;
  if (query.isPending) return <LoadingState />;
  if (!page) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  if (page.items.length === 0 && !pages.hasPrevious)
    return <EmptyResult title={labels.emptyTitle} description={labels.emptyHint} />;

  const hasNext = Boolean(page.nextCursor) && !query.isPlaceholderData;
  return (
    <Stack gap="sm">
      <Box aria-busy={query.isFetching} style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
        {children(page.items)}
      </Box>
      {(pages.hasPrevious || hasNext) && (
        <CursorPager
          label={labels.paginationLabel}
          pageLabel={t('list.page', { page: pages.pageNumber })}
          previousLabel={t('list.previous')}
          nextLabel={t('list.next')}
          hasPrevious={pages.hasPrevious}
          hasNext={hasNext}
          onPrevious={pages.goPrevious}
          onNext={() => page.nextCursor && pages.goNext(page.nextCursor)}
        />
      )}
    </Stack>
  );
}
