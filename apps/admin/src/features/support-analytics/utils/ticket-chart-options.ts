import type { EChartOption } from '../../../ui/EChart';
import { percentValue } from './report-figures';

type Priority = 'low' | 'medium' | 'high' | 'urgent';

export const chartPriorities: readonly Priority[] = ['low', 'medium', 'high', 'urgent'];

const colours = {
  created: '#1c7ed6',
  resolved: '#2f9e44',
  firstResponse: '#7048e8',
  resolution: '#e8590c',
  priority: { low: '#868e96', medium: '#1c7ed6', high: '#f08c00', urgent: '#e03131' },
} as const;

const grid = { left: 8, right: 16, top: 40, bottom: 8, containLabel: true };
const legend = { top: 0, left: 0 };

type TrendPoint = {
  label: string;
  created: number;
  resolved: number;
  firstResponseRate: number | null;
  resolutionRate: number | null;
};

/** Tickets created and resolved per period, side by side, oldest period first. */
export function volumeTrendOption(
  points: readonly TrendPoint[],
  names: { created: string; resolved: string },
) {
  return {
    grid,
    legend,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: points.map((point) => point.label), axisTick: { alignWithLabel: true } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        name: names.created,
        data: points.map((point) => point.created),
        itemStyle: { color: colours.created, borderRadius: [3, 3, 0, 0] },
        barMaxWidth: 24,
      },
      {
        type: 'bar',
        name: names.resolved,
        data: points.map((point) => point.resolved),
        itemStyle: { color: colours.resolved, borderRadius: [3, 3, 0, 0] },
        barMaxWidth: 24,
      },
    ],
  } satisfies EChartOption;
}

/**
 * The share of first responses and resolutions within target per period, in percent. Periods with nothing
 * decided have no point, so the line breaks instead of dropping to zero.
 */
export function slaTrendOption(
  points: readonly TrendPoint[],
  names: { firstResponse: string; resolution: string },
) {
  const line = (name: string, values: (number | null)[], color: string) => ({
    type: 'line' as const,
    name,
    data: values,
    connectNulls: false,
    symbolSize: 6,
    itemStyle: { color },
    lineStyle: { color, width: 2 },
  });
  return {
    grid,
    legend,
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value: unknown) => (typeof value === 'number' ? `${value} %` : '—'),
    },
    xAxis: { type: 'category', data: points.map((point) => point.label), boundaryGap: false },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
    series: [
      line(
        names.firstResponse,
        points.map((point) => percentValue(point.firstResponseRate)),
        colours.firstResponse,
      ),
      line(
        names.resolution,
        points.map((point) => percentValue(point.resolutionRate)),
        colours.resolution,
      ),
    ],
  } satisfies EChartOption;
}

type BacklogRow = { label: string; byPriority: Record<Priority, number> };

/** Unresolved tickets per age bucket, youngest first, stacked by priority (urgent on top). */
export function backlogOption(rows: readonly BacklogRow[], priorityNames: Record<Priority, string>) {
  return {
    grid,
    legend,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: rows.map((row) => row.label) },
    yAxis: { type: 'value', minInterval: 1 },
    series: chartPriorities.map((priority) => ({
      type: 'bar' as const,
      name: priorityNames[priority],
      stack: 'backlog',
      data: rows.map((row) => row.byPriority[priority]),
      itemStyle: { color: colours.priority[priority] },
      barMaxWidth: 48,
    })),
  } satisfies EChartOption;
}

export type { TrendPoint };
