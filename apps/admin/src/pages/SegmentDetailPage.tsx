import { Anchor, Group, Stack, Title } from '@mantine/core';
import { isApiProblem } from '@smartcrm/api-client';
import { EmptyResult, ErrorState, LoadingState } from '@smartcrm/ui';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link } from 'react-router';
import { ClientsAreaNav } from '../features/clients/components/ClientsAreaNav';
import { useRecordId } from '../features/listing/hooks/useRecordId';
import { useSegment } from '../features/segments/api/useSegments';
import { SegmentBuilder } from '../features/segments/components/SegmentBuilder';
import { SegmentMembers } from '../features/segments/components/SegmentMembers';
import { useI18n } from '../i18n/useI18n';
import { PageHeader } from '../ui/PageHeader';

export type SegmentDetailPageProps = { mode: 'new' | 'edit' };

export function SegmentDetailPage({ mode }: SegmentDetailPageProps) {
  const { t } = useI18n();
  const id = useRecordId();
  const segment = useSegment(mode === 'edit' ? id : Number.NaN);
  const notFound =
    mode === 'edit' &&
    (!Number.isInteger(id) || (isApiProblem(segment.error) && segment.error.status === 404));

  return (
    <Stack gap="md">
      <ClientsAreaNav />
      <Group>
        <Anchor component={Link} to="/clients/segments" size="sm">
          <Group gap={4} component="span">
            <IconArrowLeft size={16} aria-hidden />
            {t('segments.title')}
          </Group>
        </Anchor>
      </Group>
      {mode === 'new' ? (
        <>
          <PageHeader title={t('segments.new')} />
          <SegmentBuilder segment={null} />
        </>
      ) : notFound ? (
        <EmptyResult title={t('state.notFoundTitle')} description={t('state.notFound')} />
      ) : segment.isPending ? (
        <LoadingState />
      ) : segment.isError ? (
        <ErrorState error={segment.error} onRetry={() => segment.refetch()} />
      ) : (
        <>
          <PageHeader title={segment.data.name} />
          <SegmentBuilder key={segment.data.version} segment={segment.data} />
          <Title order={2} size="h4">
            {t('segments.members.title')}
          </Title>
          <SegmentMembers segmentId={segment.data.id} />
        </>
      )}
    </Stack>
  );
}
