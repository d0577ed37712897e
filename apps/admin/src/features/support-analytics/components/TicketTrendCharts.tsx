import { Accordion, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { ErrorState, LoadingState } from '@smartcrm/ui';
import { useMemo } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { EChart } from '../../../ui/EChart';
import type { TicketReportQuery, TicketTrendPeriod } from '../api/ticket-report-types';
import { useTicketTrend } from '../api/useTicketReports';
import { useReportFormats } from '../hooks/useReportFormats';
import { slaTrendOption, type TrendPoint, volumeTrendOption } from '../utils/ticket-chart-options';
import { type TrendInterval, trendIntervals } from '../utils/ticket-report-params';

export type TicketTrendChartsProps = {
  period: TicketReportQuery | null;
  interval: TrendInterval;
  onIntervalChange: (interval: TrendInterval) => void;
};

const numeric = {
  ta: 'right' as const,
  style: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' as const },
};

/** Created against resolved tickets, and SLA attainment, per day, week or month of the period. */
export function TicketTrendCharts({ period, interval, onIntervalChange }: TicketTrendChartsProps) {
  const { t } = useI18n();
  const formats = useReportFormats();
  const trend = useTicketTrend(period ? { ...period, interval } : null);
  const periods = trend.data?.periods ?? [];
  const points = useMemo<TrendPoint[]>(
    () =>
      periods.map((entry) => ({
        label: formats.period(entry.period, interval),
        created: entry.created,
        resolved: entry.resolved,
        firstResponseRate: entry.sla.firstResponse.rate,
        resolutionRate: entry.sla.resolution.rate,
      })),
    [periods, formats, interval],
  );
  const names = useMemo(
    () => ({
      created: t('supportAnalytics.created'),
      resolved: t('supportAnalytics.resolved'),
      firstResponse: t('supportAnalytics.series.firstResponse'),
      resolution: t('supportAnalytics.series.resolution'),
    }),
    [t],
  );
  const volume = useMemo(() => volumeTrendOption(points, names), [points, names]);
  const sla = useMemo(() => slaTrendOption(points, names), [points, names]);
  const unit = t(`supportAnalytics.interval.${interval}`).toLowerCase();
  const totals = periods.reduce(
    (sum, entry) => ({ created: sum.created + entry.created, resolved: sum.resolved + entry.resolved }),
    { created: 0, resolved: 0 },
  );

  return (
    <Stack gap="md">
      <SegmentedControl
        aria-label={t('supportAnalytics.groupBy')}
        value={interval}
        onChange={(next) => onIntervalChange(next as TrendInterval)}
        data={trendIntervals.map((value) => ({
          value,
          label: t(`supportAnalytics.interval.${value}`),
        }))}
        style={{ alignSelf: 'flex-start' }}
      />
      {trend.isPending && period ? (
        <LoadingState />
      ) : trend.isError ? (
        <ErrorState error={trend.error} onRetry={() => trend.refetch()} />
      ) : (
        <>
          <EChart
            option={volume}
            height={280}
            label={t('supportAnalytics.volumeChartLabel', {
              by: unit,
              periods: periods.length,
              created: formats.count(totals.created),
              resolved: formats.count(totals.resolved),
            })}
          />
          <EChart
            option={sla}
            height={240}
            label={t('supportAnalytics.slaChartLabel', { by: unit, periods: periods.length })}
          />
          <Accordion variant="contained" radius="md">
            <Accordion.Item value="figures">
              <Accordion.Control>{t('supportAnalytics.trendTable')}</Accordion.Control>
              <Accordion.Panel>
                <TrendTable periods={periods} interval={interval} />
              </Accordion.Panel>
            </Accordion.Item>
          </Accordion>
        </>
      )}
    </Stack>
  );
}

function TrendTable({ periods, interval }: { periods: TicketTrendPeriod[]; interval: TrendInterval }) {
  const { t } = useI18n();
  const formats = useReportFormats();
  if (periods.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('supportAnalytics.noTickets')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" fz="sm" striped aria-label={t('supportAnalytics.trendTable')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t(`supportAnalytics.interval.${interval}`)}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('supportAnalytics.created')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('supportAnalytics.resolved')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('supportAnalytics.medianFirstResponse')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('supportAnalytics.slaFirstResponse')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('supportAnalytics.slaResolution')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('supportAnalytics.csat')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {periods.map((entry) => (
            <Table.Tr key={entry.period}>
              <Table.Th scope="row" fw={500}>
                {formats.period(entry.period, interval)}
              </Table.Th>
              <Table.Td {...numeric}>{formats.count(entry.created)}</Table.Td>
              <Table.Td {...numeric}>{formats.count(entry.resolved)}</Table.Td>
              <Table.Td {...numeric}>{formats.duration(entry.firstResponse.business.median)}</Table.Td>
              <Table.Td {...numeric}>{formats.rate(entry.sla.firstResponse.rate)}</Table.Td>
              <Table.Td {...numeric}>{formats.rate(entry.sla.resolution.rate)}</Table.Td>
              <Table.Td {...numeric}>{formats.score(entry.csat.average)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
