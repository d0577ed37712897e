import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import type { Client } from '@smartcrm/api-client';
import { useI18n } from '../../../i18n/useI18n';
import { type DetailField, DetailFields } from '../../../ui/DetailFields';
import { useClientRfm } from '../api/useClientInsights';
import { useCustomFields } from '../api/useCustomFields';
import { useClientAccess } from '../hooks/useClientAccess';
import { customFieldDisplay } from '../utils/custom-field-values';
import { OwnerName } from './OwnerName';

// Long emails and URLs would otherwise run into the neighbouring column.
const breakAnywhere = { overflowWrap: 'anywhere' } as const;

export type ClientSummaryProps = { client: Client };

/** Who the client is and how to reach them, at a glance, with its RFM scores. */
export function ClientSummary({ client }: ClientSummaryProps) {
  const { t, format } = useI18n();
  const { access } = useClientAccess();
  const definitions = useCustomFields().data ?? [];
  const none = t('field.none');
  const address = [
    client.addressLine1,
    client.addressLine2,
    [client.postalCode, client.city].filter(Boolean).join(' '),
    client.region,
    client.country,
  ].filter(Boolean);

  const fields: DetailField[] = [
    { label: t('clients.owner'), value: <OwnerName userId={client.ownerUserId} name={client.ownerName} /> },
    { label: t('clients.contactPerson'), value: client.contactPerson ?? none },
    {
      label: t('field.email'),
      value: client.email ? (
        <Anchor href={`mailto:${client.email}`} style={breakAnywhere}>
          {client.email}
        </Anchor>
      ) : (
        none
      ),
    },
    {
      label: t('clients.phone'),
      value: client.phone ? <Anchor href={`tel:${client.phone}`}>{client.phone}</Anchor> : none,
    },
    {
      label: t('clients.website'),
      value: client.website ? (
        <Anchor href={client.website} target="_blank" rel="noreferrer noopener" style={breakAnywhere}>
          {client.website}
        </Anchor>
      ) : (
        none
      ),
    },
    { label: t('clients.address'), value: address.length > 0 ? address.join(', ') : none },
    {
      label: t('clients.tags'),
      value:
        client.tags.length > 0 ? (
          <Group gap={4}>
            {client.tags.map((tag) => (
              <Badge key={tag} size="sm" variant="light" color="gray" tt="none">
                {tag}
              </Badge>
            ))}
          </Group>
        ) : (
          none
        ),
    },
  ];
  const dates: DetailField[] = [
    { label: t('clients.lastContact'), value: format.dateTime(client.lastContactAt) },
    { label: t('clients.renewalDate'), value: format.date(client.renewalDate) },
    { label: t('clients.annualRevenue'), value: format.money(client.annualRevenue) },
    ...definitions.map((definition) => ({
      label: definition.label,
      value: customFieldDisplay(definition, client.customFields[definition.key], {
        yes: t('customFields.yes'),
        no: t('customFields.no'),
        none,
        date: format.date,
      }),
    })),
    { label: t('field.createdAt'), value: format.dateTime(client.createdAt) },
  ];

  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="md">
        {access.readReports && <RfmScores clientId={client.id} />}
        <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="lg">
          <DetailFields fields={fields} />
          <DetailFields fields={dates} />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

function RfmScores({ clientId }: { clientId: number }) {
  const { t, format } = useI18n();
  const rfm = useClientRfm(clientId, true);
  if (!rfm.data) return null;
  const scores = [
    {
      key: 'recency',
      label: t('clients.rfm.recency'),
      hint: t('clients.rfm.recencyHint'),
      value: rfm.data.recency,
    },
    {
      key: 'frequency',
      label: t('clients.rfm.frequency'),
      hint: t('clients.rfm.frequencyHint'),
      value: rfm.data.frequency,
    },
    {
      key: 'monetary',
      label: t('clients.rfm.monetary'),
      hint: t('clients.rfm.monetaryHint'),
      value: rfm.data.monetary,
    },
  ];
  return (
    <Group gap="lg" align="center" role="group" aria-label={t('clients.rfm.title')}>
      <Text fw={600} size="sm">
        {t('clients.rfm.title')}
      </Text>
      {rfm.data.score === null ? (
        <Text size="sm" c="dimmed">
          {t('clients.rfm.none')}
        </Text>
      ) : (
        <>
          {scores.map((score) => (
            <Tooltip key={score.key} label={score.hint} withArrow>
              <Badge variant="light" size="lg" tt="none">
                {t('clients.rfm.score', { label: score.label, value: score.value ?? '—' })}
              </Badge>
            </Tooltip>
          ))}
          <Badge variant="filled" size="lg" tt="none">
            {t('clients.rfm.total', { value: rfm.data.score })}
          </Badge>
          <Text size="sm" c="dimmed">
            {t('clients.rfm.orders', {
              count: rfm.data.orderCount,
              total: format.money(rfm.data.totalAmount),
              last: format.date(rfm.data.lastOrderAt),
            })}
          </Text>
        </>
      )}
      <Tooltip label={t('clients.rfm.asOfHint')} withArrow multiline w={280}>
        <Text size="xs" c="dimmed">
          {t('clients.rfm.asOf', { when: format.dateTime(rfm.data.asOf) })}
        </Text>
      </Tooltip>
    </Group>
  );
}
