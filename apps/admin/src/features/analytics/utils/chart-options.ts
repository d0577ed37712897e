import type { EChartOption } from '../../../ui/EChart';
import type { RevenueGroup } from '../api/report-types';
import { chartValue } from './report-params';

const barColour = '#1c7ed6';

type Formatting = {
  /** Formats a decimal amount (the server's string) for a person. */
  money: (amount: string) => string;
  /** Formats an axis tick, which is only a scale. */
  axisMoney: (value: number) => string;
};

/** Escapes text for ECharts' HTML tooltips: labels are client and product names anyone could type. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function tooltipRow(group: RevenueGroup, money: Formatting['money'], ordersLabel: string): string {
  return `<strong>${escapeHtml(group.label)}</strong><br/>${escapeHtml(money(group.revenue))} · ${escapeHtml(
    ordersLabel.replace('{count}', String(group.orders)),
  )}`;
}

/** Revenue per day, week or month: one bar per period, oldest first. */
export function trendChartOption(
  groups: RevenueGroup[],
  formatting: Formatting & { periodLabel: (group: RevenueGroup) => string; ordersLabel: string },
): EChartOption {
  return {
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const index = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number } | undefined;
        const group = index?.dataIndex === undefined ? undefined : groups[index.dataIndex];
        return group
          ? tooltipRow(
              { ...group, label: formatting.periodLabel(group) },
              formatting.money,
              formatting.ordersLabel,
            )
          : '';
      },
    },
    xAxis: { type: 'category', data: groups.map(formatting.periodLabel), axisTick: { alignWithLabel: true } },
    yAxis: { type: 'value', axisLabel: { formatter: (value: number) => formatting.axisMoney(value) } },
    series: [
      {
        type: 'bar',
        data: groups.map((group) => chartValue(group.revenue)),
        itemStyle: { color: barColour, borderRadius: [3, 3, 0, 0] },
        barMaxWidth: 36,
      },
    ],
  };
}

/** The largest groups of a breakdown as horizontal bars, largest on top. */
export function breakdownChartOption(
  groups: RevenueGroup[],
  formatting: Formatting & { ordersLabel: string; limit: number },
): EChartOption {
  const shown = [...groups].slice(0, formatting.limit).reverse();
  return {
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const index = (params as { dataIndex?: number }).dataIndex;
        const group = index === undefined ? undefined : shown[index];
        return group ? tooltipRow(group, formatting.money, formatting.ordersLabel) : '';
      },
    },
    xAxis: { type: 'value', axisLabel: { formatter: (value: number) => formatting.axisMoney(value) } },
    yAxis: {
      type: 'category',
      data: shown.map((group) => group.label),
      axisLabel: { width: 160, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        data: shown.map((group) => chartValue(group.revenue)),
        itemStyle: { color: barColour, borderRadius: [0, 3, 3, 0] },
        barMaxWidth: 24,
      },
    ],
  };
}
