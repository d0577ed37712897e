import { Paper, Stack } from '@mantine/core';
import { CursorPager, EmptyResult, ErrorState, LoadingState } from '@smartcrm/ui';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { DataTable, type DataTableColumn } from '../../../ui/DataTable';
import { PageHeader } from '../../../ui/PageHeader';
import type { ResourceDefinition } from '../api/resource';
import { useResourceList } from '../api/useResourceList';
import { useListParams } from '../hooks/useListParams';
import { toListQuery } from '../utils/list-params';
import { parseSort } from '../utils/sort';
import { ListToolbar } from './ListToolbar';

export type ResourceListViewProps<Item extends { id: number }> = {
  resource: ResourceDefinition<Item>;
  title: string;
  searchPlaceholder: string;
  columns: DataTableColumn<Item>[];
};

/** A searchable, sortable, keyset-paged table of one API resource; rows open `/<resource>/<id>`. */
export function ResourceListView<Item extends { id: number }>({
  resource,
  title,
  searchPlaceholder,
  columns,
}: ResourceListViewProps<Item>) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const list = useListParams({ sortFields: resource.sortFields, defaultSort: resource.defaultSort });
  const { params } = list;
  const query = useResourceList(resource, toListQuery(params));

  const page = query.data;
  const hasPrevious = params.cursors.length > 0;

  return (
    <Stack gap={0}>
      <PageHeader title={title} />
      <ListToolbar
        query={params.q}
        searchPlaceholder={searchPlaceholder}
        limit={params.limit}
        onQueryChange={list.setQuery}
        onLimitChange={list.setLimit}
      />
      <Paper withBorder radius="md" p={0} mb="md">
        {query.isPending ? (
          <LoadingState />
        ) : query.isError && !page ? (
          <Stack p="md">
            <ErrorState error={query.error} onRetry={() => query.refetch()} />
          </Stack>
        ) : page && page.items.length === 0 ? (
          <EmptyResult
            title={t('list.empty')}
            description={params.q ? t('list.emptySearch', { q: params.q }) : t('list.emptyNone')}
          />
        ) : (
          <DataTable
            caption={title}
            columns={columns}
            rows={page?.items ?? []}
            rowKey={(row) => row.id}
            sort={parseSort(params.sort)}
            onSort={list.toggleSort}
            onRowClick={(row) => navigate(`/${resource.key}/${row.id}`)}
            busy={query.isFetching}
          />
        )}
      </Paper>
      {query.isError && page && <ErrorState error={query.error} onRetry={() => query.refetch()} />}
      <CursorPager
        label={t('list.pagination')}
        pageLabel={t('list.page', { page: params.cursors.length + 1 })}
        previousLabel={t('list.previous')}
        nextLabel={t('list.next')}
        hasPrevious={hasPrevious}
        hasNext={Boolean(page?.nextCursor) && !query.isPlaceholderData}
        onPrevious={list.goPrevious}
        onNext={() => page?.nextCursor && list.goNext(page.nextCursor)}
      />
    </Stack>
  );
}
