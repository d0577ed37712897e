import { clientResource } from '../features/clients/api/client-resource';
import { Client360 } from '../features/clients/components/Client360';
import { useClientAccess } from '../features/clients/hooks/useClientAccess';
import { ResourceDetailView } from '../features/listing/components/ResourceDetailView';
import { useRecordId } from '../features/listing/hooks/useRecordId';
import { ClientTasks } from '../features/tasks/components/ClientTasks';
import { useI18n } from '../i18n/useI18n';

export function ClientDetailPage() {
  const { t } = useI18n();
  const id = useRecordId();
  const { access } = useClientAccess();
  return (
    <ResourceDetailView resource={clientResource} id={id} backLabel={t('clients.title')}>
      {(client) => (
        <Client360
          client={client}
          tasks={<ClientTasks clientId={client.id} canWrite={access.tasks && client.archivedAt === null} />}
        />
      )}
    </ResourceDetailView>
  );
}
