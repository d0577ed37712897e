import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useI18n } from '../../../i18n/useI18n';
import type { RevenueReport } from '../api/report-types';

export type RevenueSummaryProps = { report: RevenueReport };

type Figure = { label: string; value: string; note?: string; tone?: 'danger' };

/** The period's headline figures and the receivables as of now, as the server computed them. */
export function RevenueSummary({ report }: RevenueSummaryProps) {
  const { t, format } = useI18n();
  const { summary, receivables } = report;
  const figures: Figure[] = [
    {
      label: t('analytics.revenue'),
      value: format.money(summary.revenue),
      note: t('analytics.revenueNote', {
        gross: format.money(summary.grossRevenue),
        refunds: format.money(summary.refunds),
      }),
    },
    { label: t('analytics.orders'), value: String(summary.orders), note: t('analytics.ordersNote') },
    {
      label: t('analytics.aov'),
      value: summary.averageOrderValue === null ? t('field.none') : format.money(summary.averageOrderValue),
    },
    {
      label: t('analytics.receivables'),
      value: format.money(receivables.outstanding),
      note: t('analytics.receivablesNote', { count: receivables.outstandingOrders }),
    },
    {
      label: t('analytics.overdue'),
      value: format.money(receivables.overdue),
      note: t('analytics.overdueNote', { count: receivables.overdueOrders }),
      tone: receivables.overdueOrders > 0 ? 'danger' : undefined,
    },
  ];
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 5 }} spacing="md" component="dl" m={0}>
      {figures.map((figure) => (
        <Paper key={figure.label} withBorder radius="md" p="md">
          <Text component="dt" size="sm" c="dimmed" fw={500}>
            {figure.label}
          </Text>
          <Text
            component="dd"
            m={0}
            fz={22}
            fw={700}
            c={figure.tone === 'danger' ? 'red.8' : undefined}
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
  );
}
