import type { PriceExplanation, PriceRuleConsideration } from '../api/order-types';

const outcomes = new Set<PriceRuleConsideration['outcome']>(['applied', 'not_applicable', 'not_best']);
const kinds = new Set<PriceRuleConsideration['kind']>([
  'volume_tier',
  'client_price',
  'segment_price',
  'promotion',
]);
const scopes = new Set<PriceRuleConsideration['scope']>(['product', 'category', 'all']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readRule(value: unknown): PriceRuleConsideration | null {
  if (!isRecord(value)) return null;
  const { ruleId, name, kind, scope, outcome, reason, price } = value;
  if (typeof ruleId !== 'number' || typeof name !== 'string' || typeof reason !== 'string') return null;
  if (!kinds.has(kind as never) || !scopes.has(scope as never) || !outcomes.has(outcome as never))
    return null;
  if (price !== null && typeof price !== 'string') return null;
  return {
    ruleId,
    name,
    kind: kind as PriceRuleConsideration['kind'],
    scope: scope as PriceRuleConsideration['scope'],
    outcome: outcome as PriceRuleConsideration['outcome'],
    reason,
    price,
  };
}

/**
 * An order line's stored price explanation, which the API types loosely (a JSON object): the explanation
 * when it has the price function's shape, null for lines priced before explanations were kept.
 */
export function readPriceExplanation(value: unknown): PriceExplanation | null {
  if (!isRecord(value)) return null;
  const { listPrice, basePrice, unitPrice, appliedRuleIds, rules, summary } = value;
  if (typeof listPrice !== 'string' || typeof basePrice !== 'string' || typeof unitPrice !== 'string')
    return null;
  if (typeof summary !== 'string' || !Array.isArray(rules) || !Array.isArray(appliedRuleIds)) return null;
  const readRules = rules.map(readRule);
  if (readRules.some((rule) => rule === null)) return null;
  return {
    listPrice,
    basePrice,
    unitPrice,
    appliedRuleIds: appliedRuleIds.filter((id): id is number => typeof id === 'number'),
    rules: readRules as PriceRuleConsideration[],
    summary,
  };
}

/** The rules that set the price, the ones that would have applied but were beaten, then the rest. */
export function rulesByRelevance(explanation: PriceExplanation): PriceRuleConsideration[] {
  const rank = { applied: 0, not_best: 1, not_applicable: 2 } as const;
  return [...explanation.rules].sort((left, right) => rank[left.outcome] - rank[right.outcome]);
}
