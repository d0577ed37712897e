import { applyRate, type Cents, formatCents, toCents } from '../../platform/money/money.util';
import type { priceRuleKinds } from './schema';

/**
 * The price function. Pure: everything it needs is passed in, so it can be tested exhaustively and an
 * order can show exactly why a line costs what it does.
 *
 * Precedence (documented in docs/api.md):
 * 1. A rule counts only if it is active, targets this product (itself, its category or an ancestor
 *    category, or every product), its time window contains the date (`startsAt` inclusive, `endsAt`
 *    exclusive), and its conditions hold: `clientId` the client, `clientTier` the client's tier,
 *    `minQuantity` at most the line quantity. Any kind may carry any of these conditions.
 * 2. The base price is the lowest of the list price and every applicable volume tier, segment price and
 *    client price, each computed from the list price. The customer always gets the best negotiated price.
 * 3. Then at most one promotion applies: the one giving the lowest price, computed from the base price.
 * 4. Prices never go below zero; ties go to the more specific rule (product, then nearest category,
 *    then all products), then to the older rule (lower id), so the result is deterministic.
 * 5. The unit price is rounded to the cent (half away from zero); the line amount is unit × quantity.
 */

export type PriceRuleKind = (typeof priceRuleKinds)[number];

export type PricingRule = {
  id: number;
  name: string;
  kind: PriceRuleKind;
  productId: number | null;
  categoryId: number | null;
  clientId: number | null;
  clientTier: string | null;
  minQuantity: number | null;
  fixedPrice: string | null;
  percentOff: string | null;
  amountOff: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
  isActive: boolean;
};

export type PricingInput = {
  listPrice: string;
  quantity: number;
  /** categoryIds: the product's own category first, then its ancestors up to the root. */
  product: { id: number; categoryIds: readonly number[] };
  client: { id: number; tier: string } | null;
  date: Date;
  rules: readonly PricingRule[];
};

export type RuleScope = 'product' | 'category' | 'all';
export type RuleOutcome = 'applied' | 'not_applicable' | 'not_best';

export type RuleConsideration = {
  ruleId: number;
  name: string;
  kind: PriceRuleKind;
  scope: RuleScope;
  outcome: RuleOutcome;
  reason: string;
  /** The unit price this rule alone would give (from the list price, or from the base price for a promotion). */
  price: string | null;
};

export type PriceExplanation = {
  listPrice: string;
  basePrice: string;
  unitPrice: string;
  appliedRuleIds: number[];
  rules: RuleConsideration[];
  summary: string;
};

export type LinePrice = { unitPrice: string; lineAmount: string; explanation: PriceExplanation };

const kindLabels: Record<PriceRuleKind, string> = {
  volume_tier: 'volume tier',
  client_price: 'client price',
  segment_price: 'segment price',
  promotion: 'promotion',
};

const scopeOf = (rule: PricingRule): RuleScope =>
  rule.productId !== null ? 'product' : rule.categoryId !== null ? 'category' : 'all';

/** Lower is more specific: the product itself, then its category, its parent, …, then every product. */
function specificity(rule: PricingRule, categoryIds: readonly number[]): number {
  if (rule.productId !== null) return 0;
  if (rule.categoryId !== null) return 1 + categoryIds.indexOf(rule.categoryId);
  return 1 + categoryIds.length;
}

/** Why a rule does not apply to this line, or undefined when it does. */
function whyNotApplicable(rule: PricingRule, input: PricingInput): string | undefined {
  const { product, client, date, quantity } = input;
  if (!rule.isActive) return 'the rule is switched off';
  if (rule.productId !== null && rule.productId !== product.id) return 'it is for another product';
  if (rule.categoryId !== null && !product.categoryIds.includes(rule.categoryId))
    return 'it is for another category';
  if (rule.startsAt && date.getTime() < rule.startsAt.getTime())
    return `it starts at ${rule.startsAt.toISOString()}`;
  if (rule.endsAt && date.getTime() >= rule.endsAt.getTime())
    return `it ended at ${rule.endsAt.toISOString()}`;
  if (rule.clientId !== null) {
    if (!client) return `it is only for client ${rule.clientId} and no client was given`;
    if (client.id !== rule.clientId) return `it is only for client ${rule.clientId}`;
  }
  if (rule.clientTier !== null) {
    if (!client) return `it is only for ${rule.clientTier} clients and no client was given`;
    if (client.tier !== rule.clientTier)
      return `it is only for ${rule.clientTier} clients; this client is ${client.tier}`;
  }
  if (rule.minQuantity !== null && quantity < rule.minQuantity)
    return `it needs at least ${rule.minQuantity} units; the line has ${quantity}`;
  return undefined;
}

/** The price a rule gives when applied to `from`, never below zero. */
function adjustedPrice(rule: PricingRule, from: Cents): Cents {
  let price: Cents;
  if (rule.fixedPrice !== null) price = toCents(rule.fixedPrice);
  else if (rule.percentOff !== null) price = from - applyRate(from, rule.percentOff, { percent: true });
  else if (rule.amountOff !== null) price = from - toCents(rule.amountOff);
  else throw new RangeError(`price rule ${rule.id} has no fixed price, percentage or amount`);
  return price < 0n ? 0n : price;
}

function describeAdjustment(rule: PricingRule): string {
  if (rule.fixedPrice !== null) return `fixed price ${formatCents(toCents(rule.fixedPrice))}`;
  if (rule.percentOff !== null) return `${rule.percentOff}% off`;
  return `${formatCents(toCents(rule.amountOff ?? '0'))} off`;
}

type Candidate = { rule: PricingRule; price: Cents; consideration: RuleConsideration };

/** The lowest price wins; ties go to the most specific rule, then the lowest id. */
function pickBest(candidates: Candidate[], categoryIds: readonly number[]): Candidate | undefined {
  let best: Candidate | undefined;
  for (const candidate of candidates) {
    if (!best) {
      best = candidate;
      continue;
    }
    const lower = candidate.price < best.price;
    const tie = candidate.price === best.price;
    const moreSpecific = specificity(candidate.rule, categoryIds) < specificity(best.rule, categoryIds);
    const sameSpecificity = specificity(candidate.rule, categoryIds) === specificity(best.rule, categoryIds);
    if (lower || (tie && moreSpecific) || (tie && sameSpecificity && candidate.rule.id < best.rule.id))
      best = candidate;
  }
  return best;
}

/** Chooses among applicable candidates of one stage, marking each consideration as applied or not. */
function settleStage(
  candidates: Candidate[],
  reference: Cents,
  referenceName: string,
  categoryIds: readonly number[],
): Candidate | undefined {
  const best = pickBest(candidates, categoryIds);
  const winner = best && best.price < reference ? best : undefined;
  for (const candidate of candidates) {
    if (candidate === winner) {
      candidate.consideration.outcome = 'applied';
      candidate.consideration.reason = `${describeAdjustment(candidate.rule)}: the best price for the customer`;
    } else if (candidate.price >= reference) {
      candidate.consideration.outcome = 'not_best';
      candidate.consideration.reason = `${describeAdjustment(candidate.rule)} would not lower the ${referenceName} (${formatCents(reference)})`;
    } else {
      candidate.consideration.outcome = 'not_best';
      candidate.consideration.reason = `${describeAdjustment(candidate.rule)}, but "${winner?.rule.name}" gives a lower price`;
      if (winner && candidate.price === winner.price)
        candidate.consideration.reason = `${describeAdjustment(candidate.rule)}, equal to "${winner.rule.name}", which is more specific or older`;
    }
  }
  return winner;
}

/** Prices one line and explains the result. Throws RangeError on a malformed amount or quantity. */
export function priceLine(input: PricingInput): LinePrice {
  if (!Number.isSafeInteger(input.quantity) || input.quantity < 1) {
    throw new RangeError(`quantity must be a positive whole number, not ${input.quantity}`);
  }
  const list = toCents(input.listPrice);
  if (list < 0n) throw new RangeError('the list price cannot be negative');
  const { categoryIds } = input.product;

  const considerations: RuleConsideration[] = [];
  const baseCandidates: Candidate[] = [];
  const promotionRules: PricingRule[] = [];
  // Considered in a stable order, so the explanation reads the same every time.
  const ordered = [...input.rules].sort(
    (a, b) => Number(a.kind === 'promotion') - Number(b.kind === 'promotion') || a.id - b.id,
  );
  for (const rule of ordered) {
    const consideration: RuleConsideration = {
      ruleId: rule.id,
      name: rule.name,
      kind: rule.kind,
      scope: scopeOf(rule),
      outcome: 'not_applicable',
      reason: '',
      price: null,
    };
    considerations.push(consideration);
    const reason = whyNotApplicable(rule, input);
    if (reason) {
      consideration.reason = `Does not apply: ${reason}`;
      continue;
    }
    if (rule.kind === 'promotion') {
      promotionRules.push(rule);
      continue;
    }
    const price = adjustedPrice(rule, list);
    consideration.price = formatCents(price);
    baseCandidates.push({ rule, price, consideration });
  }

  const baseWinner = settleStage(baseCandidates, list, 'list price', categoryIds);
  const base = baseWinner ? baseWinner.price : list;

  const promotionCandidates = promotionRules.map((rule) => {
    const price = adjustedPrice(rule, base);
    const consideration = considerations.find((item) => item.ruleId === rule.id) as RuleConsideration;
    consideration.price = formatCents(price);
    return { rule, price, consideration };
  });
  const promotionWinner = settleStage(promotionCandidates, base, 'base price', categoryIds);
  const unit = promotionWinner ? promotionWinner.price : base;

  const steps = [`list price ${formatCents(list)}`];
  if (baseWinner)
    steps.push(`${kindLabels[baseWinner.rule.kind]} "${baseWinner.rule.name}" → ${formatCents(base)}`);
  if (promotionWinner) steps.push(`promotion "${promotionWinner.rule.name}" → ${formatCents(unit)}`);

  return {
    unitPrice: formatCents(unit),
    lineAmount: formatCents(unit * BigInt(input.quantity)),
    explanation: {
      listPrice: formatCents(list),
      basePrice: formatCents(base),
      unitPrice: formatCents(unit),
      appliedRuleIds: [baseWinner, promotionWinner].flatMap((winner) => (winner ? [winner.rule.id] : [])),
      rules: considerations,
      summary: `${steps.join('; ')}; unit price ${formatCents(unit)} × ${input.quantity}`,
    },
  };
}
