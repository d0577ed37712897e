import { ResourceDetailView } from '../features/listing/components/ResourceDetailView';
import { useRecordId } from '../features/listing/hooks/useRecordId';
import { ticketResource } from '../features/tickets/api/ticket-resource';
import { TicketDetail } from '../features/tickets/components/TicketDetail';
import { useI18n } from '../i18n/useI18n';

export function TicketDetailPage() {
  const { t } = useI18n();
  const id = useRecordId();
  return (
    <ResourceDetailView resource={ticketResource} id={id} backLabel={t('tickets.title')}>
      {(ticket) => <TicketDetail ticket={ticket} />}
    </ResourceDetailView>
  );
}
