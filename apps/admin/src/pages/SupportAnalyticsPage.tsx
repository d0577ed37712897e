import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { EmptyResult, LoadingState } from '@smartcrm/ui';
import { useMemo } from 'react';
import { useSession } from '../features/auth/hooks/useSession';
import { useTicketSummary } from '../features/support-analytics/api/useTicketReports';
import { TicketBacklogChart } from '../features/support-analytics/components/TicketBacklogChart';
import { TicketBreakdownTable } from '../features/support-analytics/components/TicketBreakdownTable';
import { TicketPeriodControls } from '../features/support-analytics/components/TicketPeriodControls';
import { TicketSummaryCards } from '../features/support-analytics/components/TicketSummaryCards';
import { TicketTrendCharts } from '../features/support-analytics/components/TicketTrendCharts';
import { useTicketReportParams } from '../features/support-analytics/hooks/useTicketReportParams';
import { canReadTicketReports } from '../features/support-analytics/utils/ticket-report-access';
import { focusQuery, reportPeriod } from '../features/support-analytics/utils/ticket-report-params';
import { useI18n } from '../i18n/useI18n';
import { PageHeader } from '../ui/PageHeader';
import { ProblemAlert } from '../ui/ProblemAlert';
import { SectionCard } from '../ui/SectionCard';

// Days are the person's own: "the last 7 days" ends at their midnight, not the server's.
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** Resolution analytics from the live tickets: volume, response and resolution times, SLA, reopens, CSAT. */
export function SupportAnalyticsPage() {
  const { t } = useI18n();
  const { session } = useSession();
  const { params, update, setFocus } = useTicketReportParams();
  const { focus } = params;
  const scope = useMemo(() => focusQuery(focus), [focus]);
  // The period and the focus: every figure below answers for the same tickets.
  const query = useMemo(() => {
    const period = reportPeriod(params, timeZone);
    return period && { ...period, ...scope };
  }, [params, scope]);
  const summary = useTicketSummary(query);
  const allowed = session ? canReadTicketReports(session.user.role) : false;

  if (!allowed)
    return <EmptyResult title={t('state.forbiddenTitle')} description={t('supportAnalytics.forbidden')} />;
  return (
    <Stack gap="lg">
      <PageHeader title={t('supportAnalytics.title')} />
      <TicketPeriodControls params={params} onChange={update} invalid={query === null} />
      {focus && (
        <Group gap="sm" role="status">
          <Badge size="lg" variant="light" tt="none">
            {t('supportAnalytics.focus.showing', {
              by: t(`supportAnalytics.by.${focus.by}`),
              name: focus.label,
            })}
          </Badge>
          <Text size="sm" c="dimmed">
            {t('supportAnalytics.focus.description')}
          </Text>
          <Button size="xs" variant="default" onClick={() => setFocus(null)}>
            {t('supportAnalytics.focus.clear')}
          </Button>
        </Group>
      )}
      {summary.isError ? (
        <ProblemAlert
          error={summary.error}
          title={t('supportAnalytics.failed')}
          messages={{
            period_too_long: t('supportAnalytics.periodTooLong'),
            invalid_period: t('supportAnalytics.invalidPeriod'),
            reports_busy: t('supportAnalytics.busy'),
            report_timeout: t('supportAnalytics.timeout'),
          }}
        />
      ) : summary.isPending ? (
        query && <LoadingState />
      ) : (
        <TicketSummaryCards totals={summary.data.totals} busy={summary.isFetching} />
      )}
      <SectionCard
        title={t('supportAnalytics.trendTitle')}
        description={t('supportAnalytics.trendDescription')}
      >
        <TicketTrendCharts
          period={query}
          interval={params.interval}
          onIntervalChange={(interval) => update({ interval })}
        />
      </SectionCard>
      <SectionCard title={t('supportAnalytics.breakdownTitle')}>
        <TicketBreakdownTable
          period={query}
          by={params.by}
          onByChange={(by) => update({ by })}
          onFocus={focus?.by === params.by ? undefined : setFocus}
        />
      </SectionCard>
      <SectionCard
        title={t('supportAnalytics.backlogTitle')}
        description={t('supportAnalytics.backlogDescription')}
      >
        <TicketBacklogChart scope={scope} />
      </SectionCard>
    </Stack>
  );
}
