import {
  Button,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { EmptyResult, ErrorState, LoadingState } from '@smartcrm/ui';
import { useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import type { SatisfactionKind } from '../api/client-types';
import { useClientSatisfaction, useRecordSatisfaction } from '../api/useClientInsights';
import { useClientProblemMessages } from '../hooks/useClientProblemMessages';

export type ClientSatisfactionProps = { clientId: number; canRecord: boolean };

/** CSAT and NPS of the client, the latest answers, and a form to record one. */
export function ClientSatisfaction({ clientId, canRecord }: ClientSatisfactionProps) {
  const { t, format } = useI18n();
  const satisfaction = useClientSatisfaction(clientId);
  if (satisfaction.isPending) return <LoadingState />;
  if (satisfaction.isError)
    return <ErrorState error={satisfaction.error} onRetry={() => satisfaction.refetch()} />;
  const { csat, nps, recent } = satisfaction.data;
  const none = t('field.none');

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Figure
          title={t('clients.satisfaction.csat')}
          value={
            csat.average === null
              ? none
              : t('clients.satisfaction.csatValue', { value: csat.average.toFixed(2) })
          }
          detail={t('clients.satisfaction.responses', { count: csat.count })}
        />
        <Figure
          title={t('clients.satisfaction.nps')}
          value={nps.score === null ? none : nps.score.toFixed(1)}
          detail={t('clients.satisfaction.npsBreakdown', {
            promoters: nps.promoters,
            passives: nps.passives,
            detractors: nps.detractors,
          })}
        />
      </SimpleGrid>
      {canRecord && <RecordSatisfactionForm clientId={clientId} />}
      {recent.length === 0 ? (
        <EmptyResult
          title={t('clients.satisfaction.emptyTitle')}
          description={t('clients.satisfaction.empty')}
        />
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="sm">
            <Table.Caption>{t('clients.satisfaction.recent')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('clients.satisfaction.kind')}</Table.Th>
                <Table.Th ta="right">{t('clients.satisfaction.score')}</Table.Th>
                <Table.Th>{t('clients.satisfaction.comment')}</Table.Th>
                <Table.Th>{t('clients.satisfaction.respondedAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {recent.map((response) => (
                <Table.Tr key={response.id}>
                  <Table.Td>{t(`clients.satisfaction.kind.${response.kind}`)}</Table.Td>
                  <Table.Td ta="right">{response.score}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{response.comment ?? none}</Table.Td>
                  <Table.Td>{format.dateTime(response.respondedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function Figure({ title, value, detail }: { title: string; value: string; detail: string }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text size="sm" c="dimmed">
        {title}
      </Text>
      <Text fz={28} fw={700}>
        {value}
      </Text>
      <Text size="sm" c="dimmed">
        {detail}
      </Text>
    </Paper>
  );
}

const scale: Record<SatisfactionKind, { min: number; max: number }> = {
  csat: { min: 1, max: 5 },
  nps: { min: 0, max: 10 },
};

function RecordSatisfactionForm({ clientId }: { clientId: number }) {
  const { t } = useI18n();
  const messages = useClientProblemMessages();
  const record = useRecordSatisfaction(clientId);
  const [kind, setKind] = useState<SatisfactionKind>('csat');
  const [score, setScore] = useState<number | string>('');
  const [comment, setComment] = useState('');
  const { min, max } = scale[kind];
  const valid = typeof score === 'number' && Number.isInteger(score) && score >= min && score <= max;

  return (
    <Paper withBorder radius="md" p="md">
      <form
        noValidate
        aria-label={t('clients.satisfaction.recordTitle')}
        onSubmit={(event) => {
          event.preventDefault();
          if (!valid) return;
          record.mutate(
            { kind, score, ...(comment.trim() ? { comment: comment.trim() } : {}) },
            {
              onSuccess: () => {
                setScore('');
                setComment('');
              },
            },
          );
        }}
      >
        <Stack gap="sm">
          <Title order={3} size="h5">
            {t('clients.satisfaction.recordTitle')}
          </Title>
          {record.isError && (
            <ProblemAlert error={record.error} title={t('clients.satisfaction.failed')} messages={messages} />
          )}
          <Group align="flex-end" gap="sm">
            <SegmentedControl
              aria-label={t('clients.satisfaction.kind')}
              value={kind}
              onChange={(value) => {
                setKind(value as SatisfactionKind);
                setScore('');
              }}
              data={[
                { value: 'csat', label: t('clients.satisfaction.kind.csat') },
                { value: 'nps', label: t('clients.satisfaction.kind.nps') },
              ]}
            />
            <NumberInput
              label={t('clients.satisfaction.score')}
              description={t('clients.satisfaction.scoreRange', { min, max })}
              min={min}
              max={max}
              allowDecimal={false}
              value={score}
              onChange={setScore}
              w={160}
              required
            />
          </Group>
          <Textarea
            label={t('clients.satisfaction.comment')}
            autosize
            minRows={2}
            maxLength={5000}
            value={comment}
            onChange={(event) => setComment(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button type="submit" disabled={!valid} loading={record.isPending}>
              {t('clients.satisfaction.record')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
