import { Paper, Stack } from '@mantine/core';
import { EmptyResult, ErrorState, LoadingState } from '@smartcrm/ui';
import { useI18n } from '../../../i18n/useI18n';
import { DataTable } from '../../../ui/DataTable';
import type { ApiKey } from '../api/api-key-types';
import { useApiKeys } from '../api/useApiKeys';
import { useApiKeyColumns } from '../hooks/useApiKeyColumns';

export type ApiKeyTableProps = { onRevoke: (key: ApiKey) => void };

/** The user's keys, revoked and expired ones included, so it stays clear which keys once existed. */
export function ApiKeyTable({ onRevoke }: ApiKeyTableProps) {
  const { t } = useI18n();
  const keys = useApiKeys();
  const columns = useApiKeyColumns({ onRevoke });

  return (
    <Paper withBorder radius="md" p={0}>
      {keys.isPending ? (
        <LoadingState />
      ) : keys.isError ? (
        <Stack p="md">
          <ErrorState error={keys.error} onRetry={() => keys.refetch()} />
        </Stack>
      ) : keys.data.length === 0 ? (
        <EmptyResult title={t('apiKeys.emptyTitle')} description={t('apiKeys.empty')} />
      ) : (
        <DataTable
          caption={t('apiKeys.title')}
          columns={columns}
          rows={keys.data}
          rowKey={(key) => key.id}
          busy={keys.isFetching}
        />
      )}
    </Paper>
  );
}
