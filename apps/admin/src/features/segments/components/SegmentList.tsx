import { Anchor, Paper, Stack, Table, Text } from '@mantine/core';
import { CursorPager, EmptyResult, ErrorState, LoadingState } from '@smartcrm/ui';
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { useSegmentList } from '../api/useSegments';

/** The saved segments by name, each opening its rules and members. */
export function SegmentList() {
  const { t, format } = useI18n();
  const [cursors, setCursors] = useState<string[]>([]);
  const segments = useSegmentList(cursors.at(-1) ?? null);
  const page = segments.data;

  return (
    <Stack gap="sm">
      <Paper withBorder radius="md" p={0}>
        {segments.isPending ? (
          <LoadingState />
        ) : segments.isError && !page ? (
          <Stack p="md">
            <ErrorState error={segments.error} onRetry={() => segments.refetch()} />
          </Stack>
        ) : page && page.items.length === 0 ? (
          <EmptyResult title={t('segments.emptyTitle')} description={t('segments.empty')} />
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Caption>{t('segments.title')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('segments.name')}</Table.Th>
                  <Table.Th>{t('field.description')}</Table.Th>
                  <Table.Th>{t('field.updatedAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(page?.items ?? []).map((segment) => (
                  <Table.Tr key={segment.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/clients/segments/${segment.id}`} fw={600} size="sm">
                        {segment.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={2}>
                        {segment.description ?? t('field.none')}
                      </Text>
                    </Table.Td>
                    <Table.Td>{format.dateTime(segment.updatedAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <CursorPager
        label={t('list.pagination')}
        pageLabel={t('list.page', { page: cursors.length + 1 })}
        previousLabel={t('list.previous')}
        nextLabel={t('list.next')}
        hasPrevious={cursors.length > 0}
        hasNext={Boolean(page?.nextCursor) && !segments.isPlaceholderData}
        onPrevious={() => setCursors((current) => current.slice(0, -1))}
        onNext={() => page?.nextCursor && setCursors((current) => [...current, page.nextCursor as string])}
      />
    </Stack>
  );
}
