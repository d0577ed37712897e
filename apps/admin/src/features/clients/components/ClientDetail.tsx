import { Anchor } from '@mantine/core';
import type { Client } from '@smartcrm/api-client';
import { useI18n } from '../../../i18n/useI18n';
import { EnumBadge } from '../../listing/components/EnumBadge';
import { RecordDetail } from '../../listing/components/RecordDetail';
import { clientStatusStyles } from '../utils/client-status';

export type ClientDetailProps = { client: Client };

export function ClientDetail({ client }: ClientDetailProps) {
  const { t } = useI18n();
  const none = t('field.none');
  return (
    <RecordDetail
      title={client.companyName}
      subtitle={client.industry ?? undefined}
      badge={<EnumBadge value={client.status} styles={clientStatusStyles} />}
      record={client}
      fields={[
        { label: t('clients.contactPerson'), value: client.contactPerson ?? none },
        {
          label: t('field.email'),
          value: client.email ? <Anchor href={`mailto:${client.email}`}>{client.email}</Anchor> : none,
        },
        {
          label: t('clients.phone'),
          value: client.phone ? <Anchor href={`tel:${client.phone}`}>{client.phone}</Anchor> : none,
        },
        { label: t('clients.industry'), value: client.industry ?? none },
      ]}
    />
  );
}
