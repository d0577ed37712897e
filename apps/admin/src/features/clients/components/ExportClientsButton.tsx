import { Button, Group, Text } from '@mantine/core';
import { isApiProblem } from '@smartcrm/api-client';
import { IconDownload } from '@tabler/icons-react';
import { useI18n } from '../../../i18n/useI18n';
import type { ClientExportQuery } from '../api/client-types';
import { useExportClients } from '../api/useClientFiles';

export type ExportClientsButtonProps = { query: ClientExportQuery };

/** Downloads the list as it is filtered and sorted now, every page of it, as CSV. */
export function ExportClientsButton({ query }: ExportClientsButtonProps) {
  const { t } = useI18n();
  const exportClients = useExportClients();
  return (
    <Group gap="xs" wrap="nowrap">
      {exportClients.isError && (
        <Text size="sm" c="red.8" role="alert">
          {isApiProblem(exportClients.error)
            ? t('clients.export.failedBecause', { reason: exportClients.error.detail })
            : t('clients.export.failed')}
        </Text>
      )}
      <Button
        variant="default"
        leftSection={<IconDownload size={16} aria-hidden />}
        loading={exportClients.isPending}
        onClick={() => exportClients.mutate(query)}
      >
        {t('clients.export.button')}
      </Button>
    </Group>
  );
}
