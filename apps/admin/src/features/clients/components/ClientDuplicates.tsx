import { Alert, Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import type { Client } from '@smartcrm/api-client';
import { EmptyResult, ErrorState, LoadingState } from '@smartcrm/ui';
import { IconCircleCheck, IconGitMerge } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { EnumBadge } from '../../listing/components/EnumBadge';
import type { DuplicateCandidate, MergeResult } from '../api/client-types';
import { useClientDuplicates } from '../api/useClientInsights';
import { useMergeClient } from '../api/useClientWrites';
import { clientStageStyles } from '../utils/client-styles';
import { ClientCommandModal } from './ClientCommandModal';

export type ClientDuplicatesProps = { client: Client; canMerge: boolean };

/** Clients that may be the same company; a manager merges one into this client, keeping all history. */
export function ClientDuplicates({ client, canMerge }: ClientDuplicatesProps) {
  const { t } = useI18n();
  const duplicates = useClientDuplicates(client.id);
  const merge = useMergeClient(client);
  const [merging, setMerging] = useState<DuplicateCandidate | null>(null);
  const [result, setResult] = useState<{ name: string; moved: MergeResult['moved'] } | null>(null);

  if (duplicates.isPending) return <LoadingState />;
  if (duplicates.isError) return <ErrorState error={duplicates.error} onRetry={() => duplicates.refetch()} />;

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('clients.duplicates.description')}
      </Text>
      {result && (
        <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
          {t('clients.duplicates.merged', {
            name: result.name,
            contacts: result.moved.contacts,
            interactions: result.moved.interactions,
            orders: result.moved.orders,
            tickets: result.moved.tickets,
          })}
        </Alert>
      )}
      {duplicates.data.length === 0 ? (
        <EmptyResult title={t('clients.duplicates.emptyTitle')} description={t('clients.duplicates.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table verticalSpacing="sm">
            <Table.Caption>{t('clients.duplicates.title')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('clients.companyName')}</Table.Th>
                <Table.Th>{t('clients.stage')}</Table.Th>
                <Table.Th>{t('clients.duplicates.why')}</Table.Th>
                <Table.Th ta="right">{t('clients.duplicates.similarity')}</Table.Th>
                {canMerge && <Table.Th>{t('list.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {duplicates.data.map((candidate) => (
                <Table.Tr key={candidate.client.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/clients/${candidate.client.id}`} fw={600} size="sm">
                      {candidate.client.companyName}
                    </Anchor>
                    {candidate.client.email && (
                      <Text size="xs" c="dimmed">
                        {candidate.client.email}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <EnumBadge value={candidate.client.stage} styles={clientStageStyles} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {candidate.reasons.map((reason) => (
                        <Badge key={reason} size="sm" variant="light" tt="none">
                          {t(`clients.duplicates.reason.${reason}`)}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td ta="right">{`${Math.round(candidate.nameSimilarity * 100)} %`}</Table.Td>
                  {canMerge && (
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="default"
                        leftSection={<IconGitMerge size={14} aria-hidden />}
                        onClick={() => setMerging(candidate)}
                        aria-label={t('clients.duplicates.mergeNamed', {
                          name: candidate.client.companyName,
                        })}
                      >
                        {t('clients.duplicates.merge')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ClientCommandModal
        opened={merging !== null}
        onClose={() => setMerging(null)}
        title={t('clients.duplicates.confirmTitle')}
        text={t('clients.duplicates.confirmText', {
          duplicate: merging?.client.companyName ?? '',
          name: client.companyName,
        })}
        submitLabel={t('clients.duplicates.merge')}
        failedTitle={t('clients.duplicates.failed')}
        danger
        mutation={merge}
        run={(_, done) => {
          if (!merging) return;
          const name = merging.client.companyName;
          merge.mutate(merging.client.id, {
            onSuccess: (merged) => {
              setResult({ name, moved: merged.moved });
              done();
            },
          });
        }}
      />
    </Stack>
  );
}
