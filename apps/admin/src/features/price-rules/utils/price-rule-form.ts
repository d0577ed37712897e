import { amountDigits, isMoneyInput } from '../../products/utils/money-input';
import type { ClientTier, NewPriceRule, PriceRule, PriceRuleKind } from '../api/price-rule-types';
import { fromLocalDateTimeInput, toLocalDateTimeInput } from './local-date-time';

/** How a rule changes the price: exactly one of these per rule. */
export type AdjustmentType = 'fixedPrice' | 'percentOff' | 'amountOff';
export const adjustmentTypes = ['percentOff', 'amountOff', 'fixedPrice'] as const satisfies AdjustmentType[];

/** What a rule aims at: one product, one category (with everything below it), or every product. */
export type RuleTarget = 'all' | 'product' | 'category';

export type PriceRuleFormValues = {
  name: string;
  kind: PriceRuleKind;
  target: RuleTarget;
  productId: number | null;
  categoryId: number | null;
  clientId: number | null;
  clientTier: ClientTier | '';
  minQuantity: number | string;
  adjustment: AdjustmentType;
  amount: string;
  /** `datetime-local` values, in the browser's time zone. */
  startsAt: string;
  endsAt: string;
  isActive: boolean;
};

/** The conditions a rule may carry; each kind requires one of them (a promotion its time window). */
export type RuleCondition = 'minQuantity' | 'clientId' | 'clientTier' | 'window';
export const ruleConditions = [
  'minQuantity',
  'clientId',
  'clientTier',
  'window',
] as const satisfies RuleCondition[];

/** What each kind cannot do without (the server checks the same, 400 naming the field). */
export const requiredCondition: Record<PriceRuleKind, RuleCondition> = {
  volume_tier: 'minQuantity',
  client_price: 'clientId',
  segment_price: 'clientTier',
  promotion: 'window',
};

export type PriceRuleFieldProblem =
  | 'required'
  | 'wholeNumber'
  | 'money'
  | 'positive'
  | 'percent'
  | 'dateTime'
  | 'endBeforeStart';

export type PriceRuleField = Exclude<
  keyof PriceRuleFormValues,
  'kind' | 'target' | 'adjustment' | 'isActive'
>;

export function priceRuleFormValues(rule?: PriceRule): PriceRuleFormValues {
  const adjustment: AdjustmentType =
    rule?.fixedPrice != null ? 'fixedPrice' : rule?.amountOff != null ? 'amountOff' : 'percentOff';
  return {
    name: rule?.name ?? '',
    kind: rule?.kind ?? 'promotion',
    target: rule?.productId != null ? 'product' : rule?.categoryId != null ? 'category' : 'all',
    productId: rule?.productId ?? null,
    categoryId: rule?.categoryId ?? null,
    clientId: rule?.clientId ?? null,
    clientTier: (rule?.clientTier as ClientTier | null) ?? '',
    minQuantity: rule?.minQuantity ?? '',
    adjustment,
    amount: rule?.[adjustment] ?? '',
    startsAt: toLocalDateTimeInput(rule?.startsAt),
    endsAt: toLocalDateTimeInput(rule?.endsAt),
    isActive: rule?.isActive ?? true,
  };
}

/** The problems of the form's values by field, checked as the server checks a rule. */
export function priceRuleFormProblems(
  values: PriceRuleFormValues,
): Partial<Record<PriceRuleField, PriceRuleFieldProblem>> {
  const problems: Partial<Record<PriceRuleField, PriceRuleFieldProblem>> = {};
  const required = requiredCondition[values.kind];
  if (!values.name.trim()) problems.name = 'required';
  if (values.target === 'product' && values.productId === null) problems.productId = 'required';
  if (values.target === 'category' && values.categoryId === null) problems.categoryId = 'required';
  if (values.minQuantity === '') {
    if (required === 'minQuantity') problems.minQuantity = 'required';
  } else if (!Number.isSafeInteger(Number(values.minQuantity)) || Number(values.minQuantity) < 1) {
    problems.minQuantity = 'wholeNumber';
  }
  if (required === 'clientId' && values.clientId === null) problems.clientId = 'required';
  if (required === 'clientTier' && values.clientTier === '') problems.clientTier = 'required';
  for (const edge of ['startsAt', 'endsAt'] as const) {
    if (values[edge].trim() === '') {
      if (required === 'window') problems[edge] = 'required';
    } else if (fromLocalDateTimeInput(values[edge]) === null) problems[edge] = 'dateTime';
  }
  const starts = fromLocalDateTimeInput(values.startsAt);
  const ends = fromLocalDateTimeInput(values.endsAt);
  if (starts && ends && ends <= starts) problems.endsAt = 'endBeforeStart';
  const amount = values.amount.trim();
  if (!amount) problems.amount = 'required';
  else if (values.adjustment === 'percentOff') {
    const percent = Number(amount);
    if (!/^\d{1,3}(\.\d{1,2})?$/.test(amount) || percent <= 0 || percent > 100) problems.amount = 'percent';
  } else if (!isMoneyInput(amount, amountDigits)) problems.amount = 'money';
  else if (values.adjustment === 'amountOff' && Number(amount) === 0) problems.amount = 'positive';
  return problems;
}

/**
 * The whole rule the form describes, for creating and for changing one: a PATCH is checked as the rule it
 * produces, so sending every field (null where unused) keeps it exactly what the form shows.
 */
export function toPriceRuleBody(values: PriceRuleFormValues): Required<NewPriceRule> {
  const amount = values.amount.trim();
  return {
    name: values.name.trim(),
    kind: values.kind,
    productId: values.target === 'product' ? values.productId : null,
    categoryId: values.target === 'category' ? values.categoryId : null,
    clientId: values.clientId,
    clientTier: values.clientTier === '' ? null : values.clientTier,
    minQuantity: values.minQuantity === '' ? null : Number(values.minQuantity),
    fixedPrice: values.adjustment === 'fixedPrice' ? amount : null,
    percentOff: values.adjustment === 'percentOff' ? amount : null,
    amountOff: values.adjustment === 'amountOff' ? amount : null,
    startsAt: fromLocalDateTimeInput(values.startsAt),
    endsAt: fromLocalDateTimeInput(values.endsAt),
    isActive: values.isActive,
  };
}

/** The form field where the server's complaint about a body field belongs. */
export const priceRuleProblemFields: Readonly<Record<string, PriceRuleField>> = {
  'body.name': 'name',
  'body.productId': 'productId',
  'body.categoryId': 'categoryId',
  'body.clientId': 'clientId',
  'body.clientTier': 'clientTier',
  'body.minQuantity': 'minQuantity',
  'body.fixedPrice': 'amount',
  'body.percentOff': 'amount',
  'body.amountOff': 'amount',
  'body.startsAt': 'startsAt',
  'body.endsAt': 'endsAt',
};
