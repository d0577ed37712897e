import { Group, Stack, Table, Text } from '@mantine/core';
import { ErrorState, LoadingState } from '@smartcrm/ui';
import { useMemo } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { EChart } from '../../../ui/EChart';
import { ticketPriorities } from '../../support-settings/utils/support-options';
import { useTicketBacklog } from '../api/useTicketReports';
import { useReportFormats } from '../hooks/useReportFormats';
import { backlogOption } from '../utils/ticket-chart-options';
import type { FocusQuery } from '../utils/ticket-report-params';

const numeric = {
  ta: 'right' as const,
  style: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' as const },
};

export type TicketBacklogChartProps = { scope: FocusQuery };

/** Unresolved tickets now, by how long they have been open and by priority; the same figures in a table. */
export function TicketBacklogChart({ scope }: TicketBacklogChartProps) {
  const { t } = useI18n();
  const formats = useReportFormats();
  const backlog = useTicketBacklog(scope);
  const ages = backlog.data?.ages ?? [];
  const option = useMemo(
    () =>
      backlogOption(
        ages.map((age) => ({ label: t(`supportAnalytics.age.${age.bucket}`), byPriority: age.byPriority })),
        {
          low: t('supportSettings.priority.low'),
          medium: t('supportSettings.priority.medium'),
          high: t('supportSettings.priority.high'),
          urgent: t('supportSettings.priority.urgent'),
        },
      ),
    [ages, t],
  );

  if (backlog.isPending) return <LoadingState />;
  if (backlog.isError) return <ErrorState error={backlog.error} onRetry={() => backlog.refetch()} />;
  const { total, breached, byStatus } = backlog.data;

  return (
    <Stack gap="md">
      <Group gap="lg">
        <Text size="sm">{t('supportAnalytics.backlogTotal', { count: formats.count(total) })}</Text>
        <Text size="sm" c={breached > 0 ? 'red.8' : undefined}>
          {t('supportAnalytics.backlogBreached', { count: formats.count(breached) })}
        </Text>
        <Text size="sm" c="dimmed">
          {byStatus
            .map((entry) => `${t(`supportAnalytics.status.${entry.status}`)}: ${formats.count(entry.count)}`)
            .join(' · ')}
        </Text>
      </Group>
      <EChart
        option={option}
        height={260}
        label={t('supportAnalytics.backlogChartLabel', { count: formats.count(total) })}
      />
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="xs" fz="sm" striped aria-label={t('supportAnalytics.backlogTable')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('supportAnalytics.age')}</Table.Th>
              {ticketPriorities.map((priority) => (
                <Table.Th key={priority} scope="col" ta="right">
                  {t(`supportSettings.priority.${priority}`)}
                </Table.Th>
              ))}
              <Table.Th scope="col" ta="right">
                {t('supportAnalytics.total')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ages.map((age) => (
              <Table.Tr key={age.bucket}>
                <Table.Th scope="row" fw={500}>
                  {t(`supportAnalytics.age.${age.bucket}`)}
                </Table.Th>
                {ticketPriorities.map((priority) => (
                  <Table.Td key={priority} {...numeric}>
                    {formats.count(age.byPriority[priority])}
                  </Table.Td>
                ))}
                <Table.Td {...numeric} fw={700}>
                  {formats.count(age.total)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
