import { useMemo } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { EChart } from '../../../ui/EChart';
import type { RevenueReport } from '../api/report-types';
import { useMoneyFormats } from '../hooks/useMoneyFormats';
import { trendChartOption } from '../utils/chart-options';
import type { PeriodGrouping } from '../utils/report-params';

export type RevenueTrendProps = { report: RevenueReport; by: PeriodGrouping };

/** Revenue per day, week or month of the period, as a bar chart. */
export function RevenueTrend({ report, by }: RevenueTrendProps) {
  const { t } = useI18n();
  const formats = useMoneyFormats();
  const option = useMemo(
    () =>
      trendChartOption(report.groups, {
        money: formats.money,
        axisMoney: formats.axisMoney,
        periodLabel: (group) => formats.period(group.key ?? group.label, by),
        ordersLabel: t('analytics.ordersCount'),
      }),
    [report.groups, formats, by, t],
  );
  const label = t('analytics.trendLabel', {
    by: t(`analytics.by.${by}`),
    total: formats.money(report.summary.revenue),
    periods: report.groups.length,
  });
  return <EChart option={option} height={300} label={label} />;
}
