import type { TicketPriority } from './routing.util';

export const priorityOrder: readonly TicketPriority[] = ['low', 'medium', 'high', 'urgent'];

export type TicketChannel = 'portal' | 'chat' | 'email' | 'phone' | 'api';

/** What the rules see of a new ticket. */
export type PrioritySignals = {
  title: string;
  description: string;
  channel: TicketChannel;
  clientTier: string | null;
  /** The related order's total in its currency (a decimal string), if the ticket is about an order. */
  orderTotal: string | null;
};

/** The rules a business configures; each match proposes a priority and the highest proposal wins. */
export type PriorityRules = {
  fallback: TicketPriority;
  keywords: readonly { words: readonly string[]; priority: TicketPriority }[];
  tiers: Readonly<Record<string, TicketPriority>>;
  /** Order totals at or above `atLeast` (decimal string, same currency as the order) propose `priority`. */
  orderValues: readonly { atLeast: string; priority: TicketPriority }[];
  channels: Readonly<Partial<Record<TicketChannel, TicketPriority>>>;
};

export type PriorityVerdict = { priority: TicketPriority; reasons: string[] };

/** The rules a new installation starts with: sensible for a small support team, editable in settings. */
export const defaultPriorityRules: PriorityRules = {
  fallback: 'medium',
  keywords: [
    {
      words: ['outage', 'down', 'data loss', 'security', 'breach', 'urgent', 'cannot log in', 'production'],
      priority: 'urgent',
    },
    { words: ['broken', 'error', 'failed', 'refund', 'not working', 'wrong', 'damaged'], priority: 'high' },
    { words: ['question', 'how do i', 'feature request', 'suggestion', 'feedback'], priority: 'low' },
  ],
  tiers: { platinum: 'high' },
  orderValues: [{ atLeast: '10000', priority: 'high' }],
  channels: { phone: 'high' },
};

const rank = (priority: TicketPriority) => priorityOrder.indexOf(priority);

/** Compares decimal strings without floating point: `-1`, `0` or `1`. */
function compareDecimal(a: string, b: string): number {
  const [aWhole = '0', aFraction = ''] = a.split('.');
  const [bWhole = '0', bFraction = ''] = b.split('.');
  const width = Math.max(aFraction.length, bFraction.length);
  const left = BigInt(aWhole + aFraction.padEnd(width, '0'));
  const right = BigInt(bWhole + bFraction.padEnd(width, '0'));
  return left === right ? 0 : left < right ? -1 : 1;
}

/** Whole words or phrases, case-insensitive: "down" matches "site is down" but not "download". */
function mentions(text: string, phrase: string): boolean {
  const escaped = phrase
    .toLowerCase()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(text);
}

/**
 * The priority a new ticket gets from the rules, with every rule that matched. Rules can propose less than the
 * fallback (a plain question is low), which applies only when no rule proposed more.
 */
export function prioritise(signals: PrioritySignals, rules: PriorityRules): PriorityVerdict {
  const text = `${signals.title}\n${signals.description}`.toLowerCase();
  const proposals: { priority: TicketPriority; reason: string }[] = [];
  for (const rule of rules.keywords) {
    const word = rule.words.find((candidate) => mentions(text, candidate));
    if (word) proposals.push({ priority: rule.priority, reason: `mentions "${word}" → ${rule.priority}` });
  }
  const tierPriority = signals.clientTier ? rules.tiers[signals.clientTier] : undefined;
  if (tierPriority)
    proposals.push({ priority: tierPriority, reason: `${signals.clientTier} client → ${tierPriority}` });
  if (signals.orderTotal !== null) {
    const orderTotal = signals.orderTotal;
    const band = [...rules.orderValues]
      .filter((rule) => compareDecimal(orderTotal, rule.atLeast) >= 0)
      .sort((a, b) => rank(b.priority) - rank(a.priority))[0];
    if (band)
      proposals.push({
        priority: band.priority,
        reason: `order of ${orderTotal} (≥ ${band.atLeast}) → ${band.priority}`,
      });
  }
  const channelPriority = rules.channels[signals.channel];
  if (channelPriority)
    proposals.push({ priority: channelPriority, reason: `${signals.channel} channel → ${channelPriority}` });

  if (proposals.length === 0)
    return { priority: rules.fallback, reasons: [`no rule matched → ${rules.fallback}`] };
  // The highest proposal wins; it is below the fallback only when every matching rule said so.
  const priority = proposals.reduce((best, proposal) =>
    rank(proposal.priority) > rank(best.priority) ? proposal : best,
  ).priority;
  return { priority, reasons: proposals.map((proposal) => proposal.reason) };
}
