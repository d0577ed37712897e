import { describe, expect, it } from 'vitest';
import { backlogOption, slaTrendOption, volumeTrendOption } from './ticket-chart-options';

const points = [
  { label: 'Mar 1', created: 4, resolved: 2, firstResponseRate: 0.75, resolutionRate: null },
  { label: 'Mar 2', created: 0, resolved: 3, firstResponseRate: 1, resolutionRate: 0.6667 },
];

describe('ticket chart options', () => {
  it('draws created and resolved side by side per period', () => {
    const option = volumeTrendOption(points, { created: 'Created', resolved: 'Resolved' });
    expect(option.xAxis.data).toEqual(['Mar 1', 'Mar 2']);
    expect(option.series.map((series) => [series.name, series.data])).toEqual([
      ['Created', [4, 0]],
      ['Resolved', [2, 3]],
    ]);
  });

  it('draws SLA attainment in percent and leaves undecided periods without a point', () => {
    const option = slaTrendOption(points, { firstResponse: 'First response', resolution: 'Resolution' });
    expect(option.yAxis).toMatchObject({ min: 0, max: 100 });
    expect(option.series[0]?.data).toEqual([75, 100]);
    expect(option.series[1]?.data).toEqual([null, 66.67]);
    expect(option.series.every((series) => series.connectNulls === false)).toBe(true);
  });

  it('stacks the backlog of each age bucket by priority, low at the bottom', () => {
    const option = backlogOption(
      [
        { label: '< 1 day', byPriority: { low: 1, medium: 2, high: 0, urgent: 1 } },
        { label: '1–3 days', byPriority: { low: 0, medium: 0, high: 5, urgent: 0 } },
      ],
      { low: 'Low', medium: 'Medium', high: 'High', urgent: 'Urgent' },
    );
    expect(option.series.map((series) => series.name)).toEqual(['Low', 'Medium', 'High', 'Urgent']);
    expect(option.series.map((series) => series.data)).toEqual([
      [1, 0],
      [2, 0],
      [0, 5],
      [1, 0],
    ]);
    expect(new Set(option.series.map((series) => series.stack))).toEqual(new Set(['backlog']));
  });
});
