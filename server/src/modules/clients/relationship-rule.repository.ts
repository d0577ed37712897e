import { eq, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../platform/db/database';
import { employees } from '../workforce/schema';
import { clients, clientTasks, relationshipRules } from './schema';
import type { RuleTaskRow } from './task.repository';

export type RelationshipRuleRow = typeof relationshipRules.$inferSelect;
export type RuleKind = RelationshipRuleRow['kind'];

export function findRelationshipRules(executor: Executor): Promise<RelationshipRuleRow[]> {
  return executor.select().from(relationshipRules);
}

export async function findRelationshipRule(executor: Executor, kind: RuleKind) {
  const [row] = await executor
    .select()
    .from(relationshipRules)
    .where(eq(relationshipRules.kind, kind))
    .for('update');
  return row;
}

export async function insertRelationshipRule(
  executor: Executor,
  values: typeof relationshipRules.$inferInsert,
) {
  const [row] = await executor.insert(relationshipRules).values(values).onConflictDoNothing().returning();
  return row;
}

export async function updateRelationshipRule(
  executor: Executor,
  kind: RuleKind,
  changes: { days: number; isActive: boolean },
  expectedVersion: number,
) {
  const [row] = await executor
    .update(relationshipRules)
    .set({ ...changes, version: sql`${relationshipRules.version} + 1` })
    .where(sql`${relationshipRules.kind} = ${kind} and ${relationshipRules.version} = ${expectedVersion}`)
    .returning();
  return row;
}

type RawTaskRow = {
  id: number;
  client_id: number;
  title: string;
  due_at: Date | string | null;
  assignee_employee_id: number | null;
  source: RuleTaskRow['source'];
};

const toTask = (row: RawTaskRow): RuleTaskRow => ({
  id: row.id,
  clientId: row.client_id,
  title: row.title,
  dueAt: row.due_at === null ? null : new Date(row.due_at),
  assigneeEmployeeId: row.assignee_employee_id,
  source: row.source,
});

// The account manager's employee record takes the task; an unowned client's task waits unassigned.
const ownerEmployee = sql`left join ${employees} on ${employees.userId} = ${clients.ownerUserId} and ${employees.status} = 'active'`;
const working = sql`${clients.archivedAt} is null and ${clients.stage} <> 'churned'`;
const returning = sql`returning id, client_id, title, due_at, assignee_employee_id, source`;

/**
 * One follow-up task for every working client not contacted for `days` days (its last contact, or its
 * creation if never). The rule key names that last contact, so a run repeated any number of times makes
 * one task per lapse; a client with an open task from an earlier lapse gets no second one.
 */
export async function createNoContactTasks(
  executor: Executor,
  options: { days: number; now: Date; dueAt: Date },
) {
  const lastContact = sql`coalesce(${clients.lastContactAt}, ${clients.createdAt})`;
  const rows = await queryRows<RawTaskRow>(
    executor,
    sql`insert into ${clientTasks} (client_id, title, description, due_at, assignee_employee_id, source, rule_key)
      select ${clients.id}, left('Get in touch with ' || ${clients.companyName}, 255),
        ${`No contact in ${options.days} days`}, ${options.dueAt.toISOString()}::timestamptz, ${employees.id},
        'no_contact_rule', 'no_contact:' || to_char(${lastContact} at time zone 'UTC', 'YYYY-MM-DD')
      from ${clients} ${ownerEmployee}
      where ${working}
        and ${lastContact} < ${options.now.toISOString()}::timestamptz - make_interval(days => ${options.days}::int)
        and not exists (select 1 from ${clientTasks} where ${clientTasks.clientId} = ${clients.id}
          and ${clientTasks.source} = 'no_contact_rule' and ${clientTasks.status} = 'open')
      on conflict (client_id, rule_key) do nothing
      ${returning}`,
  );
  return rows.map(toTask);
}

/** One task per working client and renewal date, once the renewal is `days` days away or nearer. */
export async function createRenewalTasks(executor: Executor, options: { days: number; today: string }) {
  const rows = await queryRows<RawTaskRow>(
    executor,
    sql`insert into ${clientTasks} (client_id, title, description, due_at, assignee_employee_id, source, rule_key)
      select ${clients.id}, left('Renewal due: ' || ${clients.companyName}, 255),
        'Renewal on ' || ${clients.renewalDate}::text, (${clients.renewalDate}::timestamp at time zone 'UTC'),
        ${employees.id}, 'renewal_rule', 'renewal:' || ${clients.renewalDate}::text
      from ${clients} ${ownerEmployee}
      where ${working} and ${clients.renewalDate} is not null
        and ${clients.renewalDate} >= ${options.today}::date
        and ${clients.renewalDate} <= ${options.today}::date + ${options.days}::int
      on conflict (client_id, rule_key) do nothing
      ${returning}`,
  );
  return rows.map(toTask);
}
