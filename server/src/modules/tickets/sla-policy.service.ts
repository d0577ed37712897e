import { sql } from 'drizzle-orm';
import { type Database, type Executor, queryRows } from '../../platform/db/database';
import { constraintViolation, sqlState } from '../../platform/db/errors';
import type { AuditActor } from '../../platform/http/audit-actor';
import { AppError, notFound } from '../../platform/http/errors';
import { versionConflict } from '../../platform/http/etag';
import { recordAudit } from '../identity';
import { findCalendarById } from './calendar.repository';
import type {
  CreateSlaPolicyBody,
  SettingsListQuery,
  SlaPolicyDto,
  UpdateSlaPolicyBody,
} from './settings.dto';
import { recomputeSlaInstants } from './sla.service';
import {
  deleteSlaPolicy,
  findPolicyWithSameMatch,
  findSlaPolicies,
  findSlaPolicyById,
  insertSlaPolicy,
  type SlaPolicyWithCalendar,
  updateSlaPolicy,
} from './sla-policy.repository';

const toSlaPolicyDto = (row: SlaPolicyWithCalendar): SlaPolicyDto => ({
  id: row.id,
  name: row.name,
  priority: row.priority,
  clientTier: row.clientTier,
  firstResponseMinutes: row.firstResponseMinutes,
  resolutionMinutes: row.resolutionMinutes,
  // Stored as a single-precision real: 0.8 would read back as 0.800000011920929.
  warnShare: Math.round(Number(row.warnShare) * 10_000) / 10_000,
  calendarId: row.calendarId,
  calendarName: row.calendarName,
  onWarning: row.onWarning,
  onBreach: row.onBreach,
  version: row.version,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

const unprocessable = (code: string, parameter: string, detail: string) =>
  new AppError(code, 422, detail, { errors: [{ parameter, message: detail }] });

const describeMatch = (policy: Pick<SlaPolicyDto, 'priority' | 'clientTier'>) =>
  `${policy.priority ?? 'any'} priority and ${policy.clientTier ?? 'any'} tier`;

/**
 * SLA policies: targets by priority and client tier. A ticket keeps the targets it started with (a new
 * priority re-targets it); changing a policy applies to tickets from then on.
 */
export function createSlaPolicyService(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;

  async function existing(executor: Executor, id: number) {
    const policy = await findSlaPolicyById(executor, id);
    if (!policy) throw notFound('sla_policy', id);
    return policy;
  }

  async function check(
    executor: Executor,
    policy: Omit<SlaPolicyDto, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'calendarName'>,
    exceptId?: number,
  ) {
    if (policy.resolutionMinutes < policy.firstResponseMinutes) {
      throw unprocessable(
        'invalid_sla_targets',
        'body.resolutionMinutes',
        'The resolution target cannot be shorter than the first-response target',
      );
    }
    if (policy.calendarId !== null && !(await findCalendarById(executor, policy.calendarId))) {
      throw unprocessable(
        'calendar_not_found',
        'body.calendarId',
        `Calendar ${policy.calendarId} does not exist`,
      );
    }
    const overlapping = await findPolicyWithSameMatch(executor, policy, exceptId);
    if (overlapping) {
      throw new AppError(
        'sla_policy_conflict',
        409,
        `Policy ${overlapping.name} already covers ${describeMatch(policy)}; change that one instead`,
      );
    }
  }

  async function guardUniqueName<Result>(name: string | undefined, work: () => Promise<Result>) {
    try {
      return await work();
    } catch (error) {
      if (name && constraintViolation(error)?.code === sqlState.uniqueViolation) {
        throw new AppError('sla_policy_name_taken', 409, `An SLA policy named ${name} exists already`);
      }
      throw error;
    }
  }

  return {
    async listSlaPolicies(query: SettingsListQuery) {
      const page = await findSlaPolicies(db, query);
      return { items: page.items.map(toSlaPolicyDto), nextCursor: page.nextCursor };
    },

    getSlaPolicy: async (id: number) => toSlaPolicyDto(await existing(db, id)),

    createSlaPolicy: (actor: AuditActor, body: CreateSlaPolicyBody) =>
      guardUniqueName(body.name, () =>
        db.transaction(async (tx) => {
          await check(tx, body);
          const row = await insertSlaPolicy(tx, body);
          const policy = toSlaPolicyDto(await existing(tx, row.id));
          await recordAudit(tx, actor, {
            action: 'create',
            resource: 'sla_policy',
            resourceId: row.id,
            after: policy,
          });
          return policy;
        }),
      ),

    async updateSlaPolicy(
      actor: AuditActor,
      id: number,
      changes: UpdateSlaPolicyBody,
      expectedVersion?: number,
    ) {
      const updated = await guardUniqueName(changes.name, () =>
        db.transaction(async (tx) => {
          const current = toSlaPolicyDto(await existing(tx, id));
          if (expectedVersion !== undefined && current.version !== expectedVersion) {
            throw versionConflict('SLA policy');
          }
          const merged = { ...current, ...stripUndefined(changes) };
          await check(tx, merged, id);
          const row = await updateSlaPolicy(tx, id, stripUndefined(changes), current.version);
          if (!row) throw versionConflict('SLA policy');
          const policy = toSlaPolicyDto(await existing(tx, id));
          await recordAudit(tx, actor, {
            action: 'update',
            resource: 'sla_policy',
            resourceId: id,
            before: current,
            after: policy,
          });
          return policy;
        }),
      );
      // Targets stay with the tickets; where their deadlines fall follows the calendar and warning share.
      if (changes.calendarId !== undefined || changes.warnShare !== undefined) {
        await recomputeSlaInstants(db, { policyId: id, now: clock() });
      }
      return updated;
    },

    /**
     * A policy that tickets being worked still count against stays (409); finished tickets keep their
     * figures and lose the link (set null).
     */
    deleteSlaPolicy: (actor: AuditActor, id: number, expectedVersion?: number) =>
      db.transaction(async (tx) => {
        const current = toSlaPolicyDto(await existing(tx, id));
        if (expectedVersion !== undefined && current.version !== expectedVersion)
          throw versionConflict('SLA policy');
        const [usage] = await queryRows<{ total: number }>(
          tx,
          sql`select count(*)::int as total from tickets
            where sla_policy_id = ${id} and status in ('new', 'open', 'pending', 'on_hold')`,
        );
        if ((usage?.total ?? 0) > 0) {
          throw new AppError(
            'sla_policy_in_use',
            409,
            `${usage?.total} open ticket(s) count against ${current.name}; change the policy instead, or delete it once they are resolved`,
            { activeTickets: usage?.total },
          );
        }
        await deleteSlaPolicy(tx, id);
        await recordAudit(tx, actor, {
          action: 'delete',
          resource: 'sla_policy',
          resourceId: id,
          before: current,
        });
      }),
  };
}

function stripUndefined<Value extends Record<string, unknown>>(value: Value): Partial<Value> {
  return Object.fromEntries(
    Object.entries(value).filter(([, entry]) => entry !== undefined),
  ) as Partial<Value>;
}
