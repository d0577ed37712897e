import { describe, expect, it } from 'vitest';
import type { SegmentRules } from '../api/segment-types';
import { emptySegmentRulesForm, formFromRules, rulesFromForm } from './segment-rules';

describe('segment rules', () => {
  it('sends no rule for an input left empty, so an empty builder matches every working client', () => {
    expect(rulesFromForm(emptySegmentRulesForm)).toEqual({});
    expect(
      rulesFromForm({
        ...emptySegmentRulesForm,
        industries: ['  '],
        recency: { min: '', max: '' },
        revenueMin: ' ',
      }),
    ).toEqual({});
  });

  it('keeps each range bound that was set, including zero and negative NPS', () => {
    expect(
      rulesFromForm({
        ...emptySegmentRulesForm,
        rfmScore: { min: 10, max: '' },
        nps: { min: -20, max: 0 },
        revenueMax: '50000',
        lastOrderBefore: '2025-01-01',
      }),
    ).toEqual({
      rfm: { score: { min: 10 } },
      satisfaction: { nps: { min: -20, max: 0 } },
      annualRevenue: { max: '50000' },
      lastOrder: { before: '2025-01-01' },
    });
  });

  it('reads saved rules back unchanged, owners included', () => {
    const rules: SegmentRules = {
      industries: ['Retail'],
      stages: ['customer'],
      tiers: ['gold', 'platinum'],
      ownerUserIds: [4],
      tags: ['vip'],
      annualRevenue: { min: '1000.50' },
      lastOrder: { after: '2024-06-01' },
      rfm: { recency: { min: 4 }, monetary: { max: 2 } },
      satisfaction: { csat: { min: 4, max: 5 } },
    };
    expect(rulesFromForm(formFromRules(rules))).toEqual(rules);
  });
});
