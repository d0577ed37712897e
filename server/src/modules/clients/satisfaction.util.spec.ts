import { describe, expect, it } from 'vitest';
import { averageFromText, netPromoterScore } from './satisfaction.util';

describe('satisfaction figures', () => {
  it('computes NPS as the share of promoters minus the share of detractors', () => {
    expect(netPromoterScore({ promoters: 6, detractors: 2, count: 10 })).toBe(40);
    expect(netPromoterScore({ promoters: 1, detractors: 2, count: 3 })).toBe(-33.3);
    expect(netPromoterScore({ promoters: 0, detractors: 0, count: 4 })).toBe(0);
    expect(netPromoterScore({ promoters: 0, detractors: 0, count: 0 })).toBeNull();
  });

  it('reads averages to two decimals', () => {
    expect(averageFromText('4.3333333333')).toBe(4.33);
    expect(averageFromText(null)).toBeNull();
  });
});
