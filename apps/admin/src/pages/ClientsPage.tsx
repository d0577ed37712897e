import { clientResource } from '../features/clients/api/client-resource';
import { useClientColumns } from '../features/clients/hooks/useClientColumns';
import { ResourceListView } from '../features/listing/components/ResourceListView';
import { useI18n } from '../i18n/useI18n';

export function ClientsPage() {
  const { t } = useI18n();
  const columns = useClientColumns();
  return (
    <ResourceListView
      resource={clientResource}
      title={t('clients.title')}
      searchPlaceholder={t('clients.search')}
      columns={columns}
    />
  );
}
