import { Button, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { clientResource } from '../features/clients/api/client-resource';
import type { ClientExportQuery } from '../features/clients/api/client-types';
import { ClientFilters } from '../features/clients/components/ClientFilters';
import { ClientsAreaNav } from '../features/clients/components/ClientsAreaNav';
import { ExportClientsButton } from '../features/clients/components/ExportClientsButton';
import { NewClientModal } from '../features/clients/components/NewClientModal';
import { useClientAccess } from '../features/clients/hooks/useClientAccess';
import { useClientColumns } from '../features/clients/hooks/useClientColumns';
import { ResourceListView } from '../features/listing/components/ResourceListView';
import { SavedViewsMenu } from '../features/listing/components/SavedViewsMenu';
import { useListParams } from '../features/listing/hooks/useListParams';
import { useI18n } from '../i18n/useI18n';

export function ClientsPage() {
  const { t } = useI18n();
  const columns = useClientColumns();
  const { access } = useClientAccess();
  const [creating, creation] = useDisclosure(false);
  // The same URL state the list reads: the export takes exactly the filters and sort on screen.
  const { params } = useListParams({
    sortFields: clientResource.sortFields,
    defaultSort: clientResource.defaultSort,
    filterKeys: clientResource.filterKeys,
  });
  const exportQuery = {
    ...params.filters,
    sort: params.sort,
    ...(params.q.trim() ? { q: params.q.trim() } : {}),
  } as ClientExportQuery;

  return (
    <>
      <ClientsAreaNav />
      <ResourceListView
        resource={clientResource}
        title={t('clients.title')}
        searchPlaceholder={t('clients.search')}
        columns={columns}
        actions={
          <Group gap="sm">
            <SavedViewsMenu list="clients" />
            <ExportClientsButton query={exportQuery} />
            {access.write && (
              <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={creation.open}>
                {t('clients.new.open')}
              </Button>
            )}
          </Group>
        }
        renderFilters={(controls) => <ClientFilters {...controls} />}
      />
      <NewClientModal opened={creating} onClose={creation.close} />
    </>
  );
}
