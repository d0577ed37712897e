import { describe, expect, it } from 'vitest';
import type { RevenueGroup } from '../api/report-types';
import { breakdownChartOption, escapeHtml, trendChartOption } from './chart-options';

const group = (label: string, revenue: string, orders = 1): RevenueGroup => ({
  key: label,
  label,
  revenue,
  orders,
  averageOrderValue: null,
  units: null,
});

const formatting = {
  money: (amount: string) => `$${amount}`,
  axisMoney: (value: number) => `$${value}`,
  ordersLabel: '{count} orders',
};

describe('trendChartOption', () => {
  it('draws one bar per period and shows the server’s amount in the tooltip', () => {
    const groups = [group('2026-01-01', '1200.10', 3), group('2026-02-01', '0.00', 0)];
    const option = trendChartOption(groups, { ...formatting, periodLabel: (entry) => `P ${entry.label}` });
    expect(option.xAxis).toMatchObject({ data: ['P 2026-01-01', 'P 2026-02-01'] });
    expect(option.series).toMatchObject([{ type: 'bar', data: [1200.1, 0] }]);
    const tooltip = option.tooltip as { formatter: (params: unknown) => string };
    expect(tooltip.formatter([{ dataIndex: 0 }])).toBe(
      '<strong>P 2026-01-01</strong><br/>$1200.10 · 3 orders',
    );
  });
});

describe('breakdownChartOption', () => {
  it('shows the largest groups, largest on top, with names escaped in the tooltip', () => {
    const groups = [group('<b>Acme</b>', '900.00', 2), group('Beta', '500.00'), group('Gamma', '100.00')];
    const option = breakdownChartOption(groups, { ...formatting, limit: 2 });
    expect(option.yAxis).toMatchObject({ data: ['Beta', '<b>Acme</b>'] });
    expect(option.series).toMatchObject([{ data: [500, 900] }]);
    const tooltip = option.tooltip as { formatter: (params: unknown) => string };
    expect(tooltip.formatter({ dataIndex: 1 })).toBe(
      '<strong>&#60;b&#62;Acme&#60;/b&#62;</strong><br/>$900.00 · 2 orders',
    );
  });
});

describe('escapeHtml', () => {
  it('neutralises markup and quotes', () => {
    expect(escapeHtml(`<img src=x onerror="alert('x')">&`)).not.toMatch(/[<>"'&](?!#)/);
  });
});
