import { describe, expect, it } from 'vitest';
import { timeZoneOptions } from './time-zones';

const winter = new Date('2026-01-15T12:00:00Z');

describe('timeZoneOptions', () => {
  it('labels zones with their offset at the given moment', () => {
    const options = timeZoneOptions('UTC', ['Asia/Shanghai', 'America/New_York'], winter);
    expect(options).toEqual([
      { value: 'UTC', label: 'UTC (GMT)' },
      { value: 'Asia/Shanghai', label: 'Asia/Shanghai (GMT+8)' },
      { value: 'America/New_York', label: 'America/New York (GMT-5)' },
    ]);
  });

  it('keeps the current zone even when the list lacks it', () => {
    const options = timeZoneOptions('Europe/Kyiv', [], winter);
    expect(options.map((option) => option.value)).toEqual(['UTC', 'Europe/Kyiv']);
  });
});
