import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../platform/db/database';
import type { PriorityRules } from './priority-rules.util';
import { queueForCategorySql } from './queue.repository';
import { type SlaCandidates, slaCandidatesSql } from './sla-policy.repository';
import { savedPriorityRulesSql } from './ticket-settings.repository';

export type TicketStartContext = {
  /** The saved priority rules; null when never saved (the defaults apply) or not asked for. */
  rules: PriorityRules | null;
  slaCandidates: SlaCandidates;
  queueId: number | null;
};

/**
 * What starting a new ticket reads, in one round trip: the priority rules (when the rules classify), the SLA
 * policies that can apply to the client's tier, whatever priority the ticket gets, and the category's queue.
 */
export async function findTicketStartContext(
  executor: Executor,
  options: { clientTier: string | null; categoryId: number | null; holidaysFrom: Date; withRules: boolean },
): Promise<TicketStartContext> {
  const [row] = await queryRows<{
    rules: PriorityRules | null;
    sla_candidates: SlaCandidates;
    queue_id: number | null;
  }>(
    executor,
    sql`select ${options.withRules ? savedPriorityRulesSql : sql`null::jsonb`} as rules,
      ${slaCandidatesSql(options.clientTier, options.holidaysFrom)} as sla_candidates,
      ${queueForCategorySql(options.categoryId)} as queue_id`,
  );
  return {
    rules: row?.rules ?? null,
    slaCandidates: row?.sla_candidates ?? [],
    queueId: row?.queue_id ?? null,
  };
}
