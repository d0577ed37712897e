import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useI18n } from '../../../i18n/useI18n';
import type { TicketFigures } from '../api/ticket-report-types';
import { useReportFormats } from '../hooks/useReportFormats';

export type TicketSummaryCardsProps = { totals: TicketFigures; busy: boolean };

type Figure = { key: string; label: string; value: string; note?: string };

/** The period's headline figures; times are business time on the SLA clock, with wall-clock time beside. */
export function TicketSummaryCards({ totals, busy }: TicketSummaryCardsProps) {
  const { t } = useI18n();
  const formats = useReportFormats();
  const attainment = (figures: TicketFigures['sla']['firstResponse']) =>
    t('supportAnalytics.metOf', { met: formats.count(figures.met), total: formats.count(figures.total) });
  const figures: Figure[] = [
    { key: 'created', label: t('supportAnalytics.created'), value: formats.count(totals.created) },
    { key: 'resolved', label: t('supportAnalytics.resolved'), value: formats.count(totals.resolved) },
    {
      key: 'backlog',
      label: t('supportAnalytics.backlog'),
      value: formats.count(totals.backlog),
      note: t('supportAnalytics.backlogNote'),
    },
    {
      key: 'firstResponse',
      label: t('supportAnalytics.medianFirstResponse'),
      value: formats.duration(totals.firstResponse.business.median),
      note: t('supportAnalytics.wallClock', { value: formats.duration(totals.firstResponse.wall.median) }),
    },
    {
      key: 'resolution',
      label: t('supportAnalytics.medianResolution'),
      value: formats.duration(totals.resolution.business.median),
      note: t('supportAnalytics.wallClock', { value: formats.duration(totals.resolution.wall.median) }),
    },
    {
      key: 'slaFirstResponse',
      label: t('supportAnalytics.slaFirstResponse'),
      value: formats.rate(totals.sla.firstResponse.rate),
      note: attainment(totals.sla.firstResponse),
    },
    {
      key: 'slaResolution',
      label: t('supportAnalytics.slaResolution'),
      value: formats.rate(totals.sla.resolution.rate),
      note: attainment(totals.sla.resolution),
    },
    {
      key: 'reopen',
      label: t('supportAnalytics.reopenRate'),
      value: formats.rate(totals.reopen.rate),
      note: t('supportAnalytics.reopenedOf', {
        reopened: formats.count(totals.reopen.reopened),
        resolved: formats.count(totals.resolved),
      }),
    },
    {
      key: 'csat',
      label: t('supportAnalytics.csat'),
      value:
        totals.csat.average === null
          ? formats.score(null)
          : t('supportAnalytics.outOfFive', { score: formats.score(totals.csat.average) }),
      note: t('supportAnalytics.responses', { count: formats.count(totals.csat.count) }),
    },
  ];
  return (
    <section aria-label={t('supportAnalytics.summary')} aria-busy={busy}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 5 }} spacing="md" component="dl" m={0}>
        {figures.map((figure) => (
          <Paper key={figure.key} withBorder radius="md" p="md">
            <Text component="dt" size="sm" c="dimmed" fw={500}>
              {figure.label}
            </Text>
            <Text
              component="dd"
              m={0}
              fz={22}
              fw={700}
              style={{ fontVariantNumeric: 'tabular-nums', overflowWrap: 'anywhere' }}
            >
              {figure.value}
            </Text>
            {figure.note && (
              <Text component="dd" m={0} size="xs" c="dimmed">
                {figure.note}
              </Text>
            )}
          </Paper>
        ))}
      </SimpleGrid>
    </section>
  );
}
