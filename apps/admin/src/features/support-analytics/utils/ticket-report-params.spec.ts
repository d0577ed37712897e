import { describe, expect, it } from 'vitest';
import {
  addDays,
  focusQuery,
  focusSearchValue,
  localDay,
  readTicketReportParams,
  reportPeriod,
} from './ticket-report-params';

const today = '2026-03-10';

describe('ticket report parameters', () => {
  it('defaults to the last 30 days, by day and by agent', () => {
    expect(readTicketReportParams(new URLSearchParams(), today)).toEqual({
      range: '30d',
      from: '2026-02-09',
      to: today,
      interval: 'day',
      by: 'agent',
      focus: null,
    });
  });

  it("reads a focus on one group, with its name, and turns it into the reports' parameter", () => {
    const agent = readTicketReportParams(new URLSearchParams('focus=agent:12&focusLabel=Ada'), today);
    expect(agent.focus).toEqual({ by: 'agent', key: '12', label: 'Ada' });
    expect(focusQuery(agent.focus)).toEqual({ agentId: 12 });
    expect(focusSearchValue({ by: 'team', key: '3', label: 'Tier 1' })).toBe('team:3');
    const channel = readTicketReportParams(new URLSearchParams('focus=channel:portal'), today);
    expect(focusQuery(channel.focus)).toEqual({ channel: 'portal' });
    expect(channel.focus?.label).toBe('portal');
    expect(focusQuery(null)).toEqual({});
  });

  it('drops a focus that is not one', () => {
    for (const focus of ['agent:abc', 'agent:0', 'mood:happy', 'client', 'client:', 'team:1.5']) {
      const params = readTicketReportParams(new URLSearchParams({ focus }), today);
      expect(params.focus, focus).toBeNull();
    }
  });

  it('turns a preset into the days that end today', () => {
    const week = readTicketReportParams(new URLSearchParams('range=7d&interval=week&by=channel'), today);
    expect(week).toMatchObject({ from: '2026-03-04', to: today, interval: 'week', by: 'channel' });
    const quarter = readTicketReportParams(new URLSearchParams('range=90d'), today);
    expect(quarter.from).toBe('2025-12-11');
  });

  it('keeps the days of a custom range and ignores days given with a preset', () => {
    const custom = new URLSearchParams('range=custom&from=2025-01-01&to=2025-01-31');
    expect(readTicketReportParams(custom, today)).toMatchObject({ from: '2025-01-01', to: '2025-01-31' });
    const preset = new URLSearchParams('range=7d&from=2025-01-01');
    expect(readTicketReportParams(preset, today).from).toBe('2026-03-04');
  });

  it('falls back on anything malformed', () => {
    const params = readTicketReportParams(
      new URLSearchParams('range=year&interval=hour&by=mood&from=2025-13-45'),
      today,
    );
    expect(params).toMatchObject({ range: '30d', interval: 'day', by: 'agent' });
    const custom = readTicketReportParams(new URLSearchParams('range=custom&from=yesterday'), today);
    expect(custom).toMatchObject({ range: 'custom', from: '2026-02-09', to: today });
  });

  it('sends the day after the last one as the exclusive end, in the given zone', () => {
    expect(reportPeriod({ from: '2026-02-28', to: '2026-02-28' }, 'Asia/Shanghai')).toEqual({
      from: '2026-02-28',
      to: '2026-03-01',
      tz: 'Asia/Shanghai',
    });
    expect(reportPeriod({ from: '2026-03-02', to: '2026-03-01' }, 'UTC')).toBeNull();
  });

  it('counts days across month and year ends', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(localDay(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
