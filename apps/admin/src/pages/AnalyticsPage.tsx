import { Stack } from '@mantine/core';
import { EmptyResult, LoadingState } from '@smartcrm/ui';
import { useMemo } from 'react';
import { currency } from '../config';
import { useRevenueReport } from '../features/analytics/api/useRevenueReport';
import { ProductPerformance } from '../features/analytics/components/ProductPerformance';
import { ReportPeriodControls } from '../features/analytics/components/ReportPeriodControls';
import { RevenueBreakdown } from '../features/analytics/components/RevenueBreakdown';
import { RevenueSummary } from '../features/analytics/components/RevenueSummary';
import { RevenueTrend } from '../features/analytics/components/RevenueTrend';
import { useReportParams } from '../features/analytics/hooks/useReportParams';
import { canReadReports } from '../features/analytics/utils/report-access';
import { apiPeriod } from '../features/analytics/utils/report-params';
import { useSession } from '../features/auth/hooks/useSession';
import { useI18n } from '../i18n/useI18n';
import { PageHeader } from '../ui/PageHeader';
import { ProblemAlert } from '../ui/ProblemAlert';
import { SectionCard } from '../ui/SectionCard';

/** Revenue, receivables and product performance over a chosen period, from live order data. */
export function AnalyticsPage() {
  const { t } = useI18n();
  const { session } = useSession();
  const { params, update } = useReportParams();
  const period = useMemo(() => {
    const days = apiPeriod(params);
    return days ? { ...days, currency } : null;
  }, [params]);
  const trend = useRevenueReport(period ? { ...period, groupBy: params.by } : null);
  const allowed = session ? canReadReports(session.user.role) : false;

  if (!allowed)
    return <EmptyResult title={t('state.forbiddenTitle')} description={t('analytics.forbidden')} />;
  return (
    <Stack gap="lg">
      <PageHeader title={t('analytics.title')} />
      <ReportPeriodControls params={params} onChange={update} invalid={period === null} />
      {trend.isError ? (
        <ProblemAlert
          error={trend.error}
          title={t('analytics.failed')}
          messages={{
            period_too_long: t('analytics.periodTooLong'),
            invalid_period: t('analytics.invalidPeriod'),
          }}
        />
      ) : trend.isPending ? (
        period && <LoadingState />
      ) : (
        <>
          <RevenueSummary report={trend.data} />
          <SectionCard title={t('analytics.trendTitle')}>
            <RevenueTrend report={trend.data} by={params.by} />
          </SectionCard>
        </>
      )}
      <SectionCard title={t('analytics.breakdownTitle')}>
        <RevenueBreakdown
          period={period}
          breakdown={params.breakdown}
          onBreakdownChange={(breakdown) => update({ breakdown })}
        />
      </SectionCard>
      <SectionCard
        title={t('analytics.performance.title')}
        description={t('analytics.performance.description')}
      >
        <ProductPerformance period={period} />
      </SectionCard>
    </Stack>
  );
}
