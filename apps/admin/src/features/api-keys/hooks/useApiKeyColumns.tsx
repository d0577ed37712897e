import { Button, Code, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconKeyOff } from '@tabler/icons-react';
import { useI18n } from '../../../i18n/useI18n';
import type { DataTableColumn } from '../../../ui/DataTable';
import { EnumBadge } from '../../listing/components/EnumBadge';
import type { ApiKey } from '../api/api-key-types';
import { scopeLabel } from '../utils/api-key-scopes';
import { apiKeyStatusStyles } from '../utils/api-key-status';

export type ApiKeyColumnsOptions = { onRevoke: (key: ApiKey) => void };

export function useApiKeyColumns({ onRevoke }: ApiKeyColumnsOptions): DataTableColumn<ApiKey>[] {
  const { t, format } = useI18n();
  return [
    {
      key: 'name',
      header: t('field.name'),
      cell: (key) => (
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {key.name}
          </Text>
          <Text size="xs" c="dimmed" ff="monospace">
            {key.prefix}…
          </Text>
        </Stack>
      ),
    },
    {
      key: 'scopes',
      header: t('apiKeys.scopes'),
      wrap: true,
      cell: (key) => (
        <Group gap={4}>
          {key.scopes.map((scope) => {
            const label = scopeLabel(scope);
            return (
              <Tooltip key={scope} label={label ? t(label) : scope} withArrow>
                <Code>{scope}</Code>
              </Tooltip>
            );
          })}
        </Group>
      ),
    },
    { key: 'createdAt', header: t('field.createdAt'), cell: (key) => format.dateTime(key.createdAt) },
    {
      key: 'expiresAt',
      header: t('apiKeys.expires'),
      cell: (key) => (key.expiresAt ? format.dateTime(key.expiresAt) : t('apiKeys.neverExpires')),
    },
    {
      key: 'lastUsedAt',
      header: t('apiKeys.lastUsed'),
      cell: (key) => (key.lastUsedAt ? format.dateTime(key.lastUsedAt) : t('apiKeys.neverUsed')),
    },
    {
      key: 'status',
      header: t('field.status'),
      cell: (key) => <EnumBadge value={key.status} styles={apiKeyStatusStyles} />,
    },
    {
      key: 'actions',
      header: t('list.actions'),
      // Expired and revoked keys no longer work: there is nothing left to revoke.
      cell: (key) =>
        key.status === 'active' && (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            leftSection={<IconKeyOff size={14} aria-hidden />}
            aria-label={t('apiKeys.revoke.actionFor', { name: key.name })}
            onClick={() => onRevoke(key)}
          >
            {t('apiKeys.revoke.action')}
          </Button>
        ),
    },
  ];
}
