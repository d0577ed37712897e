import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { defaultPriorityRules, type PriorityRules } from './priority-rules.util';
import { ticketSettings } from './schema';

export type TicketSettingsRow = typeof ticketSettings.$inferSelect;
export type TicketSettingsValues = Pick<TicketSettingsRow, 'priorityRules' | 'reopenWindowHours'>;

const SETTINGS_ID = 1;
const DEFAULT_REOPEN_WINDOW_HOURS = 168;

/** The settings as stored, or the defaults (version 0: never saved) when nobody has saved any yet. */
export async function findTicketSettings(executor: Executor): Promise<TicketSettingsRow> {
  const [row] = await executor.select().from(ticketSettings).where(eq(ticketSettings.id, SETTINGS_ID));
  if (row) return row;
  const epoch = new Date(0);
  return {
    id: SETTINGS_ID,
    priorityRules: defaultPriorityRules,
    reopenWindowHours: DEFAULT_REOPEN_WINDOW_HOURS,
    createdAt: epoch,
    updatedAt: epoch,
    version: 0,
  };
}

/** Just the priority rules: what the classifier reads on every new ticket. */
export async function findPriorityRules(executor: Executor): Promise<PriorityRules> {
  const [row] = await executor
    .select({ priorityRules: ticketSettings.priorityRules })
    .from(ticketSettings)
    .where(eq(ticketSettings.id, SETTINGS_ID));
  return row?.priorityRules ?? defaultPriorityRules;
}

/** The saved priority rules as a scalar subquery (null: never saved, the defaults apply), to read with more. */
export const savedPriorityRulesSql = sql`(select s.priority_rules from ticket_settings s where s.id = ${SETTINGS_ID})`;

/**
 * Saves the settings if they are still at `readVersion`, the version the caller read (0: never saved);
 * undefined when someone saved in between.
 */
export async function saveTicketSettings(
  executor: Executor,
  values: TicketSettingsValues,
  readVersion: number,
): Promise<TicketSettingsRow | undefined> {
  const [row] = await executor
    .insert(ticketSettings)
    .values({ id: SETTINGS_ID, ...values })
    .onConflictDoUpdate({
      target: ticketSettings.id,
      set: { ...values, version: sql`${ticketSettings.version} + 1`, updatedAt: new Date() },
      where: eq(ticketSettings.version, readVersion),
    })
    .returning();
  return row;
}
