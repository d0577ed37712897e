import { Anchor, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { ErrorState, LoadingState } from '@smartcrm/ui';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { EChart } from '../../../ui/EChart';
import type { RevenueGroup, RevenueQuery } from '../api/report-types';
import { useRevenueReport } from '../api/useRevenueReport';
import { useMoneyFormats } from '../hooks/useMoneyFormats';
import { breakdownChartOption } from '../utils/chart-options';
import { type BreakdownGrouping, breakdownGroupings } from '../utils/report-params';

export type RevenueBreakdownProps = {
  period: Omit<RevenueQuery, 'groupBy'> | null;
  breakdown: BreakdownGrouping;
  onBreakdownChange: (breakdown: BreakdownGrouping) => void;
};

const chartedGroups = 10;

// Where a group's key leads, for the groupings whose records have a page here.
const recordPaths: Partial<Record<BreakdownGrouping, (key: string) => string>> = {
  product: (key) => `/products/${key}`,
  client: (key) => `/clients/${key}`,
};

/** Revenue of the period by product, category, client, tier or owner: the largest as bars, all in a table. */
export function RevenueBreakdown({ period, breakdown, onBreakdownChange }: RevenueBreakdownProps) {
  const { t, format } = useI18n();
  const formats = useMoneyFormats();
  const report = useRevenueReport(period ? { ...period, groupBy: breakdown } : null);
  const groups = report.data?.groups ?? [];
  const option = useMemo(
    () =>
      breakdownChartOption(groups, {
        money: formats.money,
        axisMoney: formats.axisMoney,
        ordersLabel: t('analytics.ordersCount'),
        limit: chartedGroups,
      }),
    [groups, formats, t],
  );
  const withUnits = breakdown === 'product' || breakdown === 'category';
  const caption = t('analytics.breakdownCaption', { by: t(`analytics.breakdown.${breakdown}`) });
  const linkOf = recordPaths[breakdown];

  return (
    <Stack gap="md">
      <SegmentedControl
        aria-label={t('analytics.breakdownBy')}
        value={breakdown}
        onChange={(next) => onBreakdownChange(next as BreakdownGrouping)}
        data={breakdownGroupings.map((value) => ({ value, label: t(`analytics.breakdown.${value}`) }))}
        style={{ alignSelf: 'flex-start' }}
      />
      {report.isPending && period ? (
        <LoadingState />
      ) : report.isError ? (
        <ErrorState error={report.error} onRetry={() => report.refetch()} />
      ) : groups.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('analytics.noRevenue')}
        </Text>
      ) : (
        <>
          <EChart
            option={option}
            height={Math.max(160, Math.min(groups.length, chartedGroups) * 32 + 24)}
            label={t('analytics.breakdownLabel', {
              by: t(`analytics.breakdown.${breakdown}`),
              count: Math.min(groups.length, chartedGroups),
            })}
          />
          <Table.ScrollContainer minWidth={520}>
            <Table verticalSpacing="xs" fz="sm" striped aria-label={caption} aria-busy={report.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t(`analytics.breakdown.${breakdown}`)}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('analytics.revenue')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('analytics.orders')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {withUnits ? t('analytics.units') : t('analytics.aov')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {groups.map((group: RevenueGroup) => (
                  <Table.Tr key={group.key ?? group.label}>
                    <Table.Th scope="row" fw={500}>
                      {linkOf && group.key ? (
                        <Anchor component={Link} to={linkOf(group.key)} size="sm">
                          {group.label}
                        </Anchor>
                      ) : (
                        group.label
                      )}
                    </Table.Th>
                    <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {format.money(group.revenue)}
                    </Table.Td>
                    <Table.Td ta="right">{group.orders}</Table.Td>
                    <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {withUnits
                        ? (group.units ?? t('field.none'))
                        : group.averageOrderValue === null
                          ? t('field.none')
                          : format.money(group.averageOrderValue)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
