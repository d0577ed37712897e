import {
  type ClientTier,
  clientTiers,
  type TicketChannel,
  type TicketPriority,
  ticketChannels,
} from './support-options';

/** The rules as the API keeps them (see the server's priority-rules.util.ts). */
export type PriorityRules = {
  fallback: TicketPriority;
  keywords: { words: string[]; priority: TicketPriority }[];
  tiers: Record<string, TicketPriority>;
  orderValues: { atLeast: string; priority: TicketPriority }[];
  channels: Partial<Record<TicketChannel, TicketPriority>>;
};

/** No rule for this tier or channel: it proposes nothing. */
export const noRule = '';

export type PriorityRulesFormValues = {
  fallback: TicketPriority;
  keywords: { key: string; words: string[]; priority: TicketPriority }[];
  tiers: Record<ClientTier, TicketPriority | typeof noRule>;
  orderValues: { key: string; atLeast: string; priority: TicketPriority }[];
  channels: Record<TicketChannel, TicketPriority | typeof noRule>;
  reopenWindowHours: number | string;
};

export type PriorityRulesProblem = 'wordsRequired' | 'amountInvalid' | 'amountDuplicate';

const amountPattern = /^\d{1,12}(\.\d{1,4})?$/;
let nextKey = 0;
const rowKey = (prefix: string) => {
  nextKey += 1;
  return `${prefix}-${nextKey}`;
};

export function newKeywordRule(
  priority: TicketPriority = 'high',
): PriorityRulesFormValues['keywords'][number] {
  return { key: rowKey('keywords'), words: [], priority };
}

export function newOrderValueRule(): PriorityRulesFormValues['orderValues'][number] {
  return { key: rowKey('order-value'), atLeast: '', priority: 'high' };
}

export function priorityRulesFormValues(
  rules: PriorityRules,
  reopenWindowHours: number,
): PriorityRulesFormValues {
  return {
    fallback: rules.fallback,
    keywords: rules.keywords.map((rule) => ({
      key: rowKey('keywords'),
      words: [...rule.words],
      priority: rule.priority,
    })),
    tiers: Object.fromEntries(
      clientTiers.map((tier) => [tier, rules.tiers[tier] ?? noRule]),
    ) as PriorityRulesFormValues['tiers'],
    orderValues: rules.orderValues.map((rule) => ({ key: rowKey('order-value'), ...rule })),
    channels: Object.fromEntries(
      ticketChannels.map((channel) => [channel, rules.channels[channel] ?? noRule]),
    ) as PriorityRulesFormValues['channels'],
    reopenWindowHours,
  };
}

/** What is wrong with each keyword or order-value line, by key. */
export function priorityRuleProblems(values: PriorityRulesFormValues): Map<string, PriorityRulesProblem> {
  const problems = new Map<string, PriorityRulesProblem>();
  for (const rule of values.keywords)
    if (rule.words.every((word) => !word.trim())) problems.set(rule.key, 'wordsRequired');
  const seen = new Set<string>();
  for (const rule of values.orderValues) {
    const amount = rule.atLeast.trim();
    if (!amountPattern.test(amount)) problems.set(rule.key, 'amountInvalid');
    else if (seen.has(normaliseAmount(amount))) problems.set(rule.key, 'amountDuplicate');
    else seen.add(normaliseAmount(amount));
  }
  return problems;
}

/** "0100.50" and "100.5" are the same threshold. */
function normaliseAmount(amount: string): string {
  const [whole = '0', fraction = ''] = amount.split('.');
  const trimmedFraction = fraction.replace(/0+$/, '');
  const trimmedWhole = whole.replace(/^0+(?=\d)/, '');
  return trimmedFraction ? `${trimmedWhole}.${trimmedFraction}` : trimmedWhole;
}

/** The form as the API takes it: empty words dropped, lowercase and unique; tiers and channels without a rule left out. */
export function priorityRulesOfForm(values: PriorityRulesFormValues): PriorityRules {
  const tiers: Record<string, TicketPriority> = {};
  for (const tier of clientTiers) {
    const priority = values.tiers[tier];
    if (priority !== noRule) tiers[tier] = priority;
  }
  const channels: PriorityRules['channels'] = {};
  for (const channel of ticketChannels) {
    const priority = values.channels[channel];
    if (priority !== noRule) channels[channel] = priority;
  }
  return {
    fallback: values.fallback,
    keywords: values.keywords.map((rule) => ({
      words: [...new Set(rule.words.map((word) => word.trim().toLowerCase()).filter(Boolean))],
      priority: rule.priority,
    })),
    tiers,
    orderValues: values.orderValues.map((rule) => ({
      atLeast: normaliseAmount(rule.atLeast.trim()),
      priority: rule.priority,
    })),
    channels,
  };
}
