import type { Client } from '@smartcrm/api-client';
import { useI18n } from '../../../i18n/useI18n';
import type { DataTableColumn } from '../../../ui/DataTable';
import { EnumBadge } from '../../listing/components/EnumBadge';
import { RecordLink } from '../../listing/components/RecordLink';
import { clientStatusStyles } from '../utils/client-status';

export function useClientColumns(): DataTableColumn<Client>[] {
  const { t, format } = useI18n();
  const none = t('field.none');
  return [
    {
      key: 'companyName',
      header: t('clients.companyName'),
      sortField: 'companyName',
      cell: (client) => <RecordLink to={`/clients/${client.id}`}>{client.companyName}</RecordLink>,
    },
    {
      key: 'contactPerson',
      header: t('clients.contactPerson'),
      cell: (client) => client.contactPerson ?? none,
    },
    { key: 'email', header: t('field.email'), cell: (client) => client.email ?? none },
    { key: 'industry', header: t('clients.industry'), cell: (client) => client.industry ?? none },
    {
      key: 'status',
      header: t('field.status'),
      cell: (client) => <EnumBadge value={client.status} styles={clientStatusStyles} />,
    },
    {
      key: 'createdAt',
      header: t('field.createdAt'),
      sortField: 'createdAt',
      cell: (client) => format.date(client.createdAt),
    },
  ];
}
