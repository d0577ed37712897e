import { clientResource } from '../features/clients/api/client-resource';
import { ClientDetail } from '../features/clients/components/ClientDetail';
import { ResourceDetailView } from '../features/listing/components/ResourceDetailView';
import { useRecordId } from '../features/listing/hooks/useRecordId';
import { useI18n } from '../i18n/useI18n';

export function ClientDetailPage() {
  const { t } = useI18n();
  const id = useRecordId();
  return (
    <ResourceDetailView resource={clientResource} id={id} backLabel={t('clients.title')}>
      {(client) => <ClientDetail client={client} />}
    </ResourceDetailView>
  );
}
