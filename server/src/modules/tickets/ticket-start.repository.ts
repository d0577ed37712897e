import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { reusableSqlStatement } from '../../platform/db/prepared';
import type { PriorityRules } from './priority-rules.util';
import { queueForCategorySql } from './queue.repository';
import { holidaysFromDay, type SlaCandidates, slaCandidatesSql } from './sla-policy.repository';
import { savedPriorityRulesSql } from './ticket-settings.repository';

export type TicketStartContext = {
  /** The saved priority rules; null when never saved (the defaults apply) or not asked for. */
  rules: PriorityRules | null;
  slaCandidates: SlaCandidates;
  queueId: number | null;
};

type ContextRow = { rules: PriorityRules | null; sla_candidates: SlaCandidates; queue_id: number | null };

// Read for every new ticket: two fixed statements (with and without the rules), parsed once per connection.
const contextStatement = (withRules: boolean) =>
  reusableSqlStatement(
    withRules ? 'tickets_start_context_with_rules' : 'tickets_start_context',
    sql`select ${withRules ? savedPriorityRulesSql : sql`null::jsonb`} as rules,
      ${slaCandidatesSql(sql.placeholder('clientTier'), sql.placeholder('fromDay'))} as sla_candidates,
      ${queueForCategorySql(sql.placeholder('categoryId'))} as queue_id`,
  );
const withRulesStatement = contextStatement(true);
const withoutRulesStatement = contextStatement(false);

/**
 * What starting a new ticket reads, in one round trip: the priority rules (when the rules classify), the SLA
 * policies that can apply to the client's tier, whatever priority the ticket gets, and the category's queue.
 */
export async function findTicketStartContext(
  executor: Executor,
  options: { clientTier: string | null; categoryId: number | null; holidaysFrom: Date; withRules: boolean },
): Promise<TicketStartContext> {
  const statement = options.withRules ? withRulesStatement : withoutRulesStatement;
  const result = (await statement(executor).execute({
    clientTier: options.clientTier,
    fromDay: holidaysFromDay(options.holidaysFrom),
    categoryId: options.categoryId,
  })) as { rows: ContextRow[] };
  const [row] = result.rows;
  return {
    rules: row?.rules ?? null,
    slaCandidates: row?.sla_candidates ?? [],
    queueId: row?.queue_id ?? null,
  };
}
