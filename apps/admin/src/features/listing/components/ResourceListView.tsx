import { Paper, Stack } from '@mantine/core';
import { CursorPager, EmptyResult, ErrorState, LoadingState } from '@smartcrm/ui';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { DataTable, type DataTableColumn } from '../../../ui/DataTable';
import { PageHeader } from '../../../ui/PageHeader';
import type { ListFilters, ListResource } from '../api/resource';
import { useResourceList } from '../api/useResourceList';
import { useListParams } from '../hooks/useListParams';
import { toListQuery } from '../utils/list-params';
import { parseSort } from '../utils/sort';
import { ListToolbar } from './ListToolbar';

/** What a list's filter controls get: the filters in force and a way to change one. */
export type ListFilterControls = {
  filters: ListFilters;
  setFilter: (key: string, value: string | null) => void;
};

export type ResourceListViewProps<Item extends { id: number }> = {
  resource: ListResource<Item>;
  title: string;
  /** Without one the list has no search box. */
  searchPlaceholder?: string;
  columns: DataTableColumn<Item>[];
  /** Buttons beside the page title. */
  actions?: ReactNode;
  /** Shown between the title and the toolbar, e.g. the outcome of an action that led here. */
  banner?: ReactNode;
  /** Controls for the resource's `filterKeys`. */
  renderFilters?: (controls: ListFilterControls) => ReactNode;
  /** Where a row leads; `/<resource>/<id>` unless given, and nowhere when null. */
  rowPath?: ((row: Item) => string) | null;
};

/** A searchable, filterable, sortable, keyset-paged table of one API resource. */
export function ResourceListView<Item extends { id: number }>({
  resource,
  title,
  searchPlaceholder,
  columns,
  actions,
  banner,
  renderFilters,
  rowPath = (row) => `/${resource.key}/${row.id}`,
}: ResourceListViewProps<Item>) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const list = useListParams({
    sortFields: resource.sortFields,
    defaultSort: resource.defaultSort,
    filterKeys: resource.filterKeys,
  });
  const { params } = list;
  const query = useResourceList(resource, toListQuery(params));

  const page = query.data;
  const hasPrevious = params.cursors.length > 0;
  const filtered = Object.keys(params.filters).length > 0;
  const emptyDescription = params.q
    ? t('list.emptySearch', { q: params.q })
    : filtered
      ? t('list.emptyFiltered')
      : t('list.emptyNone');

  return (
    <Stack gap={0}>
      <PageHeader title={title} actions={actions} />
      {banner}
      <ListToolbar
        query={params.q}
        searchPlaceholder={searchPlaceholder}
        limit={params.limit}
        onQueryChange={list.setQuery}
        onLimitChange={list.setLimit}
        filters={renderFilters?.({ filters: params.filters, setFilter: list.setFilter })}
        onClearFilters={filtered ? list.clearFilters : undefined}
      />
      <Paper withBorder radius="md" p={0} mb="md">
        {query.isPending ? (
          <LoadingState />
        ) : query.isError && !page ? (
          <Stack p="md">
            <ErrorState error={query.error} onRetry={() => query.refetch()} />
          </Stack>
        ) : page && page.items.length === 0 ? (
          <EmptyResult title={t('list.empty')} description={emptyDescription} />
        ) : (
          <DataTable
            caption={title}
            columns={columns}
            rows={page?.items ?? []}
            rowKey={(row) => row.id}
            sort={parseSort(params.sort)}
            onSort={list.toggleSort}
            onRowClick={rowPath ? (row) => navigate(rowPath(row)) : undefined}
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
