import { canSeeClientRow, customerClientScope } from '../../platform/auth/customer-scope';
import { assertCanChangeOwnedRecord } from '../../platform/auth/ownership';
import type { AuthenticatedUser } from '../../platform/auth/tokens';
import type { Database, Executor } from '../../platform/db/database';
import { recordEvent } from '../../platform/events/domain-event';
import type { AuditActor } from '../../platform/http/audit-actor';
import { AppError, notFound } from '../../platform/http/errors';
import { versionConflict } from '../../platform/http/etag';
import { formatCents, toCents } from '../../platform/money/money.util';
import { recordAudit } from '../identity';
import {
  type ClientInsert,
  countClientsByStage,
  deleteClientRow,
  findActiveStaffUserIds,
  findClientById,
  findClientHistory,
  findClients,
  insertClient,
  insertStageChange,
  lockClient,
  updateClientRow,
} from './client.repository';
import { findCustomFields } from './custom-field.repository';
import { applyCustomFieldValues, type FieldProblem } from './custom-field.util';
import type { ClientDto, ClientListQuery, CreateClientInput, PipelineQuery, UpdateClientInput } from './dto';
import {
  clientArchived,
  clientCreated,
  clientDeleted,
  clientRestored,
  clientStageChanged,
  clientUpdated,
} from './events';
import { clientStages } from './schema';

type Stage = ClientDto['stage'];

export const invalidCustomFields = (errors: FieldProblem[]) =>
  new AppError('invalid_custom_fields', 400, 'Some custom field values are not valid', { errors });
export const clientIsArchived = (id: number) =>
  new AppError('client_archived', 409, `Client ${id} is archived; restore it before changing it`);

/** Internal notes, tags and custom fields are staff knowledge; a customer sees its profile without them. */
export function forCaller(user: AuthenticatedUser, client: ClientDto): ClientDto {
  if (user.role !== 'customer') return client;
  return { ...client, notes: null, tags: [], customFields: {} };
}

/** The client, if the caller may see it; another client is reported missing to a customer. */
export async function visibleClient(executor: Executor, user: AuthenticatedUser, id: number) {
  if (!canSeeClientRow(user, id)) throw notFound('client', id);
  const client = await findClientById(executor, id);
  if (!client) throw notFound('client', id);
  return client;
}

/** Locks the client for a change by this user: it must exist, be theirs to change and not be archived. */
export async function lockClientForChange(
  executor: Executor,
  user: AuthenticatedUser,
  id: number,
  options: { allowArchived?: boolean; ownership?: boolean } = {},
) {
  const client = await lockClient(executor, id);
  if (!client || !canSeeClientRow(user, id)) throw notFound('client', id);
  if (options.ownership !== false) assertCanChangeOwnedRecord(user, client.ownerUserId, 'client');
  if (client.archivedAt && !options.allowArchived) throw clientIsArchived(id);
  return client;
}

const normaliseAmount = (amount: string | null | undefined) =>
  amount === null || amount === undefined ? amount : formatCents(toCents(amount));

/**
 * Who may own a client: an active staff user; and a sales user may hand a client only to themselves
 * (reassigning accounts between managers is a manager's decision).
 */
export async function checkOwner(executor: Executor, user: AuthenticatedUser, ownerUserId: number | null) {
  if (ownerUserId === null) return;
  if (user.role === 'sales' && ownerUserId !== user.id) {
    throw new AppError(
      'owner_not_allowed',
      403,
      'Sales users may only make themselves the owner of a client',
    );
  }
  const found = await findActiveStaffUserIds(executor, [ownerUserId]);
  if (!found.has(ownerUserId)) {
    throw new AppError('invalid_owner', 400, `User ${ownerUserId} is not an active staff user`, {
      errors: [{ parameter: 'body.ownerUserId', message: 'must be an active staff user' }],
    });
  }
}

/** Inserts a validated new client with its first stage, event and audit entry, in the caller's transaction. */
export async function insertNewClient(
  executor: Executor,
  actor: AuditActor,
  values: ClientInsert,
  source: 'api' | 'import',
): Promise<ClientDto> {
  const client = await insertClient(executor, values);
  await insertStageChange(executor, {
    clientId: client.id,
    fromStage: null,
    toStage: client.stage,
    reason: source === 'import' ? 'Imported' : 'Created',
    changedBy: actor.user?.id ?? null,
  });
  await recordEvent(executor, clientCreated, {
    aggregateId: client.id,
    payload: {
      clientId: client.id,
      companyName: client.companyName,
      stage: client.stage,
      ownerUserId: client.ownerUserId,
      source,
    },
    actor,
  });
  await recordAudit(executor, actor, {
    action: 'create',
    resource: 'client',
    resourceId: client.id,
    after: client,
  });
  return client;
}

function changedFields(before: ClientDto, after: ClientDto): string[] {
  const comparable = (value: unknown) =>
    value instanceof Date ? value.toISOString() : JSON.stringify(value);
  return (Object.keys(after) as (keyof ClientDto)[]).filter(
    (field) =>
      !['version', 'updatedAt', 'createdAt', 'ownerName'].includes(field) &&
      comparable(before[field]) !== comparable(after[field]),
  );
}

function requireUser(actor: AuditActor): AuthenticatedUser {
  if (!actor.user) throw new AppError('authentication_required', 401, 'Sign in to use this endpoint');
  return actor.user;
}

export function createClientService(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;

  return {
    /** Staff see every client; a customer sees only the client its account belongs to. */
    async listClients(user: AuthenticatedUser, query: ClientListQuery) {
      const page = await findClients(db, { ...query, onlyClientId: customerClientScope(user) });
      return { items: page.items.map((client) => forCaller(user, client)), nextCursor: page.nextCursor };
    },

    async getClient(user: AuthenticatedUser, id: number) {
      return forCaller(user, await visibleClient(db, user, id));
    },

    async createClient(actor: AuditActor, input: CreateClientInput) {
      const user = requireUser(actor);
      const { customFields, annualRevenue, ...fields } = input;
      const ownerUserId =
        input.ownerUserId === undefined ? (user.role === 'sales' ? user.id : null) : input.ownerUserId;
      return db.transaction(async (tx) => {
        await checkOwner(tx, user, ownerUserId);
        const custom = applyCustomFieldValues({
          definitions: await findCustomFields(tx),
          stored: {},
          submitted: customFields,
          checkRequired: true,
        });
        if (custom.problems.length > 0) throw invalidCustomFields(custom.problems);
        return insertNewClient(
          tx,
          actor,
          {
            ...fields,
            ownerUserId,
            annualRevenue: normaliseAmount(annualRevenue),
            customFields: custom.values,
          },
          'api',
        );
      });
    },

    async updateClient(actor: AuditActor, id: number, input: UpdateClientInput, expectedVersion?: number) {
      const user = requireUser(actor);
      return db.transaction(async (tx) => {
        const current = await lockClientForChange(tx, user, id);
        if (expectedVersion !== undefined && current.version !== expectedVersion)
          throw versionConflict('client');
        const { customFields, annualRevenue, ...fields } = input;
        const changes: Partial<ClientInsert> = { ...fields };
        if (annualRevenue !== undefined) changes.annualRevenue = normaliseAmount(annualRevenue);
        if (input.ownerUserId !== undefined && input.ownerUserId !== current.ownerUserId) {
          await checkOwner(tx, user, input.ownerUserId);
        }
        if (customFields !== undefined) {
          const custom = applyCustomFieldValues({
            definitions: await findCustomFields(tx),
            stored: current.customFields,
            submitted: customFields,
            checkRequired: true,
          });
          if (custom.problems.length > 0) throw invalidCustomFields(custom.problems);
          changes.customFields = custom.values;
        }
        if (Object.keys(changes).length === 0) return current;
        const updated = await updateClientRow(tx, id, changes, expectedVersion);
        if (!updated) throw versionConflict('client');
        await recordEvent(tx, clientUpdated, {
          aggregateId: id,
          payload: { clientId: id, changedFields: changedFields(current, updated) },
          actor,
        });
        await recordAudit(tx, actor, {
          action: 'update',
          resource: 'client',
          resourceId: id,
          before: current,
          after: updated,
        });
        return updated;
      });
    },

    async changeStage(
      actor: AuditActor,
      id: number,
      input: { stage: Stage; reason?: string },
      expectedVersion?: number,
    ) {
      const user = requireUser(actor);
      return db.transaction(async (tx) => {
        const current = await lockClientForChange(tx, user, id);
        if (expectedVersion !== undefined && current.version !== expectedVersion)
          throw versionConflict('client');
        if (current.stage === input.stage) {
          throw new AppError('stage_unchanged', 409, `Client ${id} is already at stage ${input.stage}`);
        }
        if (input.stage === 'churned' && !input.reason) {
          throw new AppError('reason_required', 400, 'Say why the client churned', {
            errors: [{ parameter: 'body.reason', message: 'is required when moving to churned' }],
          });
        }
        const updated = await updateClientRow(tx, id, { stage: input.stage }, current.version);
        if (!updated) throw versionConflict('client');
        const reason = input.reason ?? null;
        await insertStageChange(tx, {
          clientId: id,
          fromStage: current.stage,
          toStage: input.stage,
          reason,
          changedBy: user.id,
          changedAt: clock(),
        });
        await recordEvent(tx, clientStageChanged, {
          aggregateId: id,
          payload: { clientId: id, fromStage: current.stage, toStage: input.stage, reason },
          actor,
        });
        await recordAudit(tx, actor, {
          action: 'change_stage',
          resource: 'client',
          resourceId: id,
          before: { stage: current.stage },
          after: { stage: input.stage, reason },
        });
        return updated;
      });
    },

    /** The Kanban board: per stage, how many working clients and the first cards. */
    async pipeline(user: AuthenticatedUser, query: PipelineQuery) {
      const { limit, sort, ...filter } = query;
      const onlyClientId = customerClientScope(user);
      const counts = await countClientsByStage(db, { ...filter, onlyClientId });
      const stages = [];
      for (const stage of clientStages) {
        const page =
          (counts.get(stage) ?? 0) === 0
            ? { items: [], nextCursor: null }
            : await findClients(db, { ...filter, sort, limit, stage, archived: 'false', onlyClientId });
        stages.push({
          stage,
          count: counts.get(stage) ?? 0,
          items: page.items.map((client) => forCaller(user, client)),
          nextCursor: page.nextCursor,
        });
      }
      return { stages };
    },

    async archiveClient(actor: AuditActor, id: number, reason: string | undefined, expectedVersion?: number) {
      const user = requireUser(actor);
      return db.transaction(async (tx) => {
        const current = await lockClientForChange(tx, user, id, { allowArchived: true });
        if (current.archivedAt)
          throw new AppError('client_archived', 409, `Client ${id} is archived already`);
        if (expectedVersion !== undefined && current.version !== expectedVersion)
          throw versionConflict('client');
        const updated = await updateClientRow(tx, id, { archivedAt: clock() }, current.version);
        if (!updated) throw versionConflict('client');
        await recordEvent(tx, clientArchived, {
          aggregateId: id,
          payload: { clientId: id, reason: reason ?? null },
          actor,
        });
        await recordAudit(tx, actor, {
          action: 'archive',
          resource: 'client',
          resourceId: id,
          before: { archivedAt: null },
          after: { archivedAt: updated.archivedAt, reason: reason ?? null },
        });
        return updated;
      });
    },

    async restoreClient(actor: AuditActor, id: number, expectedVersion?: number) {
      const user = requireUser(actor);
      return db.transaction(async (tx) => {
        const current = await lockClientForChange(tx, user, id, { allowArchived: true });
        if (!current.archivedAt)
          throw new AppError('client_not_archived', 409, `Client ${id} is not archived`);
        if (current.mergedIntoId !== null) {
          throw new AppError(
            'client_merged',
            409,
            `Client ${id} was merged into client ${current.mergedIntoId} and cannot be restored`,
          );
        }
        if (expectedVersion !== undefined && current.version !== expectedVersion)
          throw versionConflict('client');
        const updated = await updateClientRow(tx, id, { archivedAt: null }, current.version);
        if (!updated) throw versionConflict('client');
        await recordEvent(tx, clientRestored, { aggregateId: id, payload: { clientId: id }, actor });
        await recordAudit(tx, actor, {
          action: 'restore',
          resource: 'client',
          resourceId: id,
          before: { archivedAt: current.archivedAt },
          after: { archivedAt: null },
        });
        return updated;
      });
    },

    /** Only a client entered by mistake (no history) is deleted; anything else is archived instead. */
    async deleteClient(actor: AuditActor, id: number, expectedVersion?: number) {
      const user = requireUser(actor);
      await db.transaction(async (tx) => {
        const current = await lockClientForChange(tx, user, id, { allowArchived: true });
        if (expectedVersion !== undefined && current.version !== expectedVersion)
          throw versionConflict('client');
        const history = await findClientHistory(tx, id);
        if (history.length > 0) {
          throw new AppError(
            'client_has_history',
            409,
            `Client ${id} has history (${history.join(', ')}); archive it instead`,
            { history },
          );
        }
        await deleteClientRow(tx, id);
        await recordEvent(tx, clientDeleted, {
          aggregateId: id,
          payload: { clientId: id, companyName: current.companyName },
          actor,
        });
        await recordAudit(tx, actor, {
          action: 'delete',
          resource: 'client',
          resourceId: id,
          before: current,
        });
      });
    },
  };
}

export type ClientService = ReturnType<typeof createClientService>;
