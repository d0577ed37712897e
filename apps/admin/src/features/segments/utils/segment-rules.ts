import type { ClientStage, ClientTier } from '../../clients/api/client-types';
import type { SegmentRules } from '../api/segment-types';

/** A range as number inputs hold it: a number, or '' when left empty. */
export type RangeInput = { min: number | string; max: number | string };

/** Segment rules as the builder's inputs hold them: every rule present, empty when unused. */
export type SegmentRulesForm = {
  industries: string[];
  stages: ClientStage[];
  tiers: ClientTier[];
  tags: string[];
  revenueMin: string;
  revenueMax: string;
  lastOrderAfter: string;
  lastOrderBefore: string;
  recency: RangeInput;
  frequency: RangeInput;
  monetary: RangeInput;
  rfmScore: RangeInput;
  csat: RangeInput;
  nps: RangeInput;
  /** Kept as loaded: the builder does not edit owners, but must not drop them. */
  ownerUserIds: number[];
};

const emptyRange: RangeInput = { min: '', max: '' };

export const emptySegmentRulesForm: SegmentRulesForm = {
  industries: [],
  stages: [],
  tiers: [],
  tags: [],
  revenueMin: '',
  revenueMax: '',
  lastOrderAfter: '',
  lastOrderBefore: '',
  recency: emptyRange,
  frequency: emptyRange,
  monetary: emptyRange,
  rfmScore: emptyRange,
  csat: emptyRange,
  nps: emptyRange,
  ownerUserIds: [],
};

type Range = { min?: number; max?: number };

function range(input: RangeInput): Range | undefined {
  const result: Range = {};
  if (typeof input.min === 'number') result.min = input.min;
  if (typeof input.max === 'number') result.max = input.max;
  return Object.keys(result).length > 0 ? result : undefined;
}

const rangeInput = (value: Range | undefined): RangeInput => ({
  min: value?.min ?? '',
  max: value?.max ?? '',
});

/** Only the rules the user set: an empty input is no rule, not a rule matching nothing. */
export function rulesFromForm(form: SegmentRulesForm): SegmentRules {
  const rules: SegmentRules = {};
  const industries = form.industries.map((industry) => industry.trim()).filter(Boolean);
  if (industries.length > 0) rules.industries = industries;
  if (form.stages.length > 0) rules.stages = form.stages;
  if (form.tiers.length > 0) rules.tiers = form.tiers;
  if (form.ownerUserIds.length > 0) rules.ownerUserIds = form.ownerUserIds;
  const tags = form.tags.map((tag) => tag.trim()).filter(Boolean);
  if (tags.length > 0) rules.tags = tags;
  const revenue: NonNullable<SegmentRules['annualRevenue']> = {};
  if (form.revenueMin.trim()) revenue.min = form.revenueMin.trim();
  if (form.revenueMax.trim()) revenue.max = form.revenueMax.trim();
  if (Object.keys(revenue).length > 0) rules.annualRevenue = revenue;
  const lastOrder: NonNullable<SegmentRules['lastOrder']> = {};
  if (form.lastOrderAfter) lastOrder.after = form.lastOrderAfter;
  if (form.lastOrderBefore) lastOrder.before = form.lastOrderBefore;
  if (Object.keys(lastOrder).length > 0) rules.lastOrder = lastOrder;
  const rfm: NonNullable<SegmentRules['rfm']> = {};
  const recency = range(form.recency);
  const frequency = range(form.frequency);
  const monetary = range(form.monetary);
  const score = range(form.rfmScore);
  if (recency) rfm.recency = recency;
  if (frequency) rfm.frequency = frequency;
  if (monetary) rfm.monetary = monetary;
  if (score) rfm.score = score;
  if (Object.keys(rfm).length > 0) rules.rfm = rfm;
  const satisfaction: NonNullable<SegmentRules['satisfaction']> = {};
  const csat = range(form.csat);
  const nps = range(form.nps);
  if (csat) satisfaction.csat = csat;
  if (nps) satisfaction.nps = nps;
  if (Object.keys(satisfaction).length > 0) rules.satisfaction = satisfaction;
  return rules;
}

export function formFromRules(rules: SegmentRules): SegmentRulesForm {
  return {
    industries: rules.industries ?? [],
    stages: rules.stages ?? [],
    tiers: rules.tiers ?? [],
    tags: rules.tags ?? [],
    revenueMin: rules.annualRevenue?.min ?? '',
    revenueMax: rules.annualRevenue?.max ?? '',
    lastOrderAfter: rules.lastOrder?.after ?? '',
    lastOrderBefore: rules.lastOrder?.before ?? '',
    recency: rangeInput(rules.rfm?.recency),
    frequency: rangeInput(rules.rfm?.frequency),
    monetary: rangeInput(rules.rfm?.monetary),
    rfmScore: rangeInput(rules.rfm?.score),
    csat: rangeInput(rules.satisfaction?.csat),
    nps: rangeInput(rules.satisfaction?.nps),
    ownerUserIds: rules.ownerUserIds ?? [],
  };
}

/** Everything the segment builder edits. */
export type SegmentFormValues = { name: string; description: string; rules: SegmentRulesForm };
