import { Badge, Group, Text } from '@mantine/core';
import type { Client } from '@smartcrm/api-client';
import { useI18n } from '../../../i18n/useI18n';
import type { DataTableColumn } from '../../../ui/DataTable';
import { EnumBadge } from '../../listing/components/EnumBadge';
import { RecordLink } from '../../listing/components/RecordLink';
import { OwnerName } from '../components/OwnerName';
import { clientStageStyles, clientTierStyles } from '../utils/client-styles';

const shownTags = 3;

export function useClientColumns(): DataTableColumn<Client>[] {
  const { t, format } = useI18n();
  const none = t('field.none');
  return [
    {
      key: 'companyName',
      header: t('clients.companyName'),
      sortField: 'companyName',
      cell: (client) => (
        <Group gap={6} wrap="nowrap">
          <RecordLink to={`/clients/${client.id}`}>{client.companyName}</RecordLink>
          {client.archivedAt && (
            <Badge size="xs" color="gray" variant="outline">
              {t('clients.archived')}
            </Badge>
          )}
        </Group>
      ),
    },
    {
      key: 'stage',
      header: t('clients.stage'),
      cell: (client) => <EnumBadge value={client.stage} styles={clientStageStyles} />,
    },
    {
      key: 'tier',
      header: t('clients.tier'),
      cell: (client) => <EnumBadge value={client.tier} styles={clientTierStyles} />,
    },
    {
      key: 'owner',
      header: t('clients.owner'),
      cell: (client) => <OwnerName userId={client.ownerUserId} name={client.ownerName} />,
    },
    { key: 'industry', header: t('clients.industry'), cell: (client) => client.industry ?? none },
    {
      key: 'tags',
      header: t('clients.tags'),
      wrap: true,
      cell: (client) =>
        client.tags.length === 0 ? (
          none
        ) : (
          <Group gap={4}>
            {client.tags.slice(0, shownTags).map((tag) => (
              <Badge key={tag} size="sm" variant="light" color="gray" tt="none">
                {tag}
              </Badge>
            ))}
            {client.tags.length > shownTags && (
              <Text size="xs" c="dimmed">
                {t('clients.moreTags', { count: client.tags.length - shownTags })}
              </Text>
            )}
          </Group>
        ),
    },
    {
      key: 'lastContactAt',
      header: t('clients.lastContact'),
      cell: (client) => format.date(client.lastContactAt),
    },
    {
      key: 'createdAt',
      header: t('field.createdAt'),
      sortField: 'createdAt',
      cell: (client) => format.date(client.createdAt),
    },
  ];
}
