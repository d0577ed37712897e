import { Paper, Stack, Text } from '@mantine/core';
import type { Client } from '@smartcrm/api-client';
import { CursorPager, EmptyResult, ErrorState, LoadingState } from '@smartcrm/ui';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { DataTable } from '../../../ui/DataTable';
import { useClientColumns } from '../../clients/hooks/useClientColumns';
import { useSegmentMembers } from '../api/useSegments';

export type SegmentMembersProps = { segmentId: number };

/** The working clients the saved segment matches now, a page at a time. */
export function SegmentMembers({ segmentId }: SegmentMembersProps) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const columns = useClientColumns().filter((column) => column.key !== 'tags' && column.key !== 'createdAt');
  const [cursors, setCursors] = useState<string[]>([]);
  const { members, count } = useSegmentMembers(segmentId, cursors.at(-1) ?? null);
  const page = members.data;

  return (
    <Stack gap="sm">
      {count.data && (
        <Text fw={600} role="status">
          {t('segments.members.count', { count: count.data.count })}
        </Text>
      )}
      <Paper withBorder radius="md" p={0}>
        {members.isPending ? (
          <LoadingState />
        ) : members.isError && !page ? (
          <Stack p="md">
            <ErrorState error={members.error} onRetry={() => members.refetch()} />
          </Stack>
        ) : page && page.items.length === 0 ? (
          <EmptyResult title={t('segments.members.emptyTitle')} description={t('segments.members.empty')} />
        ) : (
          <DataTable<Client>
            caption={t('segments.members.title')}
            columns={columns}
            rows={page?.items ?? []}
            rowKey={(row) => row.id}
            onRowClick={(row) => navigate(`/clients/${row.id}`)}
            busy={members.isFetching}
          />
        )}
      </Paper>
      <CursorPager
        label={t('list.pagination')}
        pageLabel={t('list.page', { page: cursors.length + 1 })}
        previousLabel={t('list.previous')}
        nextLabel={t('list.next')}
        hasPrevious={cursors.length > 0}
        hasNext={Boolean(page?.nextCursor) && !members.isPlaceholderData}
        onPrevious={() => setCursors((current) => current.slice(0, -1))}
        onNext={() => page?.nextCursor && setCursors((current) => [...current, page.nextCursor as string])}
      />
    </Stack>
  );
}
