import type { Database, Executor } from '../../platform/db/database';
import { recordEvent } from '../../platform/events/domain-event';
import { type AuditActor, jobActor } from '../../platform/http/audit-actor';
import { versionConflict } from '../../platform/http/etag';
import { recordAudit } from '../identity';
import type { RelationshipRuleDto } from './dto';
import { relationshipRuleKinds } from './dto';
import { taskCreated, taskDue } from './events';
import {
  createNoContactTasks,
  createRenewalTasks,
  findRelationshipRule,
  findRelationshipRules,
  insertRelationshipRule,
  type RuleKind,
  updateRelationshipRule,
} from './relationship-rule.repository';
import { claimDueReminders, type RuleTaskRow } from './task.repository';

// Until an admin saves a rule, it is off, with a sensible number of days to start from.
const defaultDays: Record<RuleKind, number> = { no_contact: 30, renewal_due: 30 };
const NO_CONTACT_TASK_DUE_IN_MS = 24 * 60 * 60 * 1000;
/** Reminders go out this long before a task is due (and at once for tasks already overdue). */
export const REMINDER_LEAD_MS = 60 * 60 * 1000;
const REMINDER_BATCH = 1_000;

const taskFacts = (task: RuleTaskRow) => ({
  taskId: task.id,
  clientId: task.clientId,
  title: task.title,
  dueAt: task.dueAt?.toISOString() ?? null,
  assigneeEmployeeId: task.assigneeEmployeeId,
});

async function recordRuleTasks(executor: Executor, actor: AuditActor, tasks: RuleTaskRow[]) {
  for (const task of tasks) {
    await recordEvent(executor, taskCreated, {
      aggregateId: task.id,
      payload: { ...taskFacts(task), source: task.source },
      actor,
    });
    await recordAudit(executor, actor, {
      action: 'create',
      resource: 'client_task',
      resourceId: task.id,
      after: task,
    });
  }
}

/**
 * Runs the active relationship rules once: "no contact in N days" and "renewal due in N days" each make
 * at most one task per client and occasion (rule_key), however often this runs. Scheduled by the clients
 * module; callable directly (tests, the run-now endpoint).
 */
export async function runRelationshipRules(deps: { db: Database; clock: () => Date; actor?: AuditActor }) {
  const now = deps.clock();
  const actor = deps.actor ?? jobActor('clients.relationship-rules');
  return deps.db.transaction(async (tx) => {
    const rules = new Map((await findRelationshipRules(tx)).map((rule) => [rule.kind, rule]));
    let tasksCreated = 0;
    const noContact = rules.get('no_contact');
    if (noContact?.isActive) {
      const tasks = await createNoContactTasks(tx, {
        days: noContact.days,
        now,
        dueAt: new Date(now.getTime() + NO_CONTACT_TASK_DUE_IN_MS),
      });
      await recordRuleTasks(tx, actor, tasks);
      tasksCreated += tasks.length;
    }
    const renewal = rules.get('renewal_due');
    if (renewal?.isActive) {
      const tasks = await createRenewalTasks(tx, {
        days: renewal.days,
        today: now.toISOString().slice(0, 10),
      });
      await recordRuleTasks(tx, actor, tasks);
      tasksCreated += tasks.length;
    }
    return { tasksCreated };
  });
}

/** Sends the `task.due` reminder of every open task coming due, once per due date. */
export async function sendTaskReminders(deps: { db: Database; clock: () => Date; actor?: AuditActor }) {
  const now = deps.clock();
  const actor = deps.actor ?? jobActor('clients.task-reminders');
  let remindersSent = 0;
  for (;;) {
    const sent = await deps.db.transaction(async (tx) => {
      const tasks = await claimDueReminders(
        tx,
        new Date(now.getTime() + REMINDER_LEAD_MS),
        now,
        REMINDER_BATCH,
      );
      for (const task of tasks) {
        await recordEvent(tx, taskDue, { aggregateId: task.id, payload: taskFacts(task), actor });
      }
      return tasks.length;
    });
    remindersSent += sent;
    if (sent < REMINDER_BATCH) return { remindersSent };
  }
}

function toRuleDto(
  kind: RuleKind,
  row?: { days: number; isActive: boolean; version: number; updatedAt: Date },
): RelationshipRuleDto {
  return row
    ? { kind, days: row.days, isActive: row.isActive, version: row.version, updatedAt: row.updatedAt }
    : { kind, days: defaultDays[kind], isActive: false, version: 0, updatedAt: null };
}

/** The rules' settings: one row per kind, created the first time an admin saves it. */
export function createRelationshipRuleService(deps: { db: Database }) {
  const { db } = deps;
  return {
    async listRules() {
      const rows = new Map((await findRelationshipRules(db)).map((row) => [row.kind, row]));
      return relationshipRuleKinds.map((kind) => toRuleDto(kind, rows.get(kind)));
    },

    /** Saves a rule. If-Match names the version read (0 for a rule never saved). */
    async saveRule(
      actor: AuditActor,
      kind: RuleKind,
      input: { days: number; isActive: boolean },
      expectedVersion?: number,
    ) {
      return db.transaction(async (tx) => {
        const current = await findRelationshipRule(tx, kind);
        let saved: typeof current;
        if (!current) {
          if (expectedVersion !== undefined && expectedVersion !== 0)
            throw versionConflict('relationship rule');
          saved = await insertRelationshipRule(tx, { kind, ...input });
        } else {
          saved = await updateRelationshipRule(tx, kind, input, expectedVersion ?? current.version);
        }
        if (!saved) throw versionConflict('relationship rule');
        await recordAudit(tx, actor, {
          action: current ? 'update' : 'create',
          resource: 'relationship_rule',
          resourceId: kind,
          before: current ?? null,
          after: saved,
        });
        return toRuleDto(kind, saved);
      });
    },
  };
}
