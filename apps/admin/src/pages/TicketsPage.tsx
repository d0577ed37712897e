import { ResourceListView } from '../features/listing/components/ResourceListView';
import { ticketResource } from '../features/tickets/api/ticket-resource';
import { useTicketColumns } from '../features/tickets/hooks/useTicketColumns';
import { useI18n } from '../i18n/useI18n';

export function TicketsPage() {
  const { t } = useI18n();
  const columns = useTicketColumns();
  return (
    <ResourceListView
      resource={ticketResource}
      title={t('tickets.title')}
      searchPlaceholder={t('tickets.search')}
      columns={columns}
    />
  );
}
