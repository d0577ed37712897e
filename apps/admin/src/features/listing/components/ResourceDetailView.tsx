import { Anchor, Group, Stack } from '@mantine/core';
import { isApiProblem } from '@smartcrm/api-client';
import { EmptyResult, ErrorState, LoadingState } from '@smartcrm/ui';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import type { ResourceDefinition } from '../api/resource';
import { useResourceDetail } from '../api/useResourceDetail';

export type ResourceDetailViewProps<Item> = {
  resource: ResourceDefinition<Item>;
  id: number;
  backLabel: string;
  children: (item: Item) => ReactNode;
};

/** Loads one record and renders it through `children`, with loading, not-found and error states. */
export function ResourceDetailView<Item>({
  resource,
  id,
  backLabel,
  children,
}: ResourceDetailViewProps<Item>) {
  const { t } = useI18n();
  const query = useResourceDetail(resource, id);
  const notFound = !Number.isInteger(id) || (isApiProblem(query.error) && query.error.status === 404);

  return (
    <Stack gap="md">
      <Group>
        <Anchor component={Link} to={`/${resource.key}`} size="sm">
          <Group gap={4} component="span">
            <IconArrowLeft size={16} aria-hidden />
            {backLabel}
          </Group>
        </Anchor>
      </Group>
      {notFound ? (
        <EmptyResult title={t('state.notFoundTitle')} description={t('state.notFound')} />
      ) : query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : (
        children(query.data)
      )}
    </Stack>
  );
}
