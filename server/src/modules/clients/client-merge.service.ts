import type { AuthenticatedUser } from '../../platform/auth/tokens';
import type { Database, Executor } from '../../platform/db/database';
import { recordEvent } from '../../platform/events/domain-event';
import type { AuditActor } from '../../platform/http/audit-actor';
import { AppError } from '../../platform/http/errors';
import { versionConflict } from '../../platform/http/etag';
import { recordAudit } from '../identity';
import { type ClientInsert, updateClientRow } from './client.repository';
import { lockClientForChange, visibleClient } from './client.service';
import { companyDomain, normaliseCompanyName } from './client-matching.util';
import {
  moveContacts,
  moveInteractions,
  moveSatisfactionResponses,
  moveTasks,
  reassignCustomerAccountsToClient,
  reassignOrdersToClient,
  reassignTicketsToClient,
  repointMergedClients,
} from './client-merge.repository';
import { findContacts } from './contact.repository';
import type { ClientDto } from './dto';
import { findDuplicateCandidates } from './duplicate.repository';
import { clientMerged } from './events';

// Profile fields the survivor takes from the duplicate when it has none of its own.
const fillableFields = [
  'contactPerson',
  'email',
  'phone',
  'industry',
  'ownerUserId',
  'website',
  'addressLine1',
  'addressLine2',
  'city',
  'region',
  'postalCode',
  'country',
  'annualRevenue',
  'renewalDate',
] as const satisfies readonly (keyof ClientDto)[];

/** The survivor's profile after a merge: its own values first, the duplicate's where it had none. */
export function mergedProfile(survivor: ClientDto, duplicate: ClientDto): Partial<ClientInsert> {
  const changes: Record<string, unknown> = {};
  for (const field of fillableFields) {
    if (survivor[field] === null && duplicate[field] !== null) changes[field] = duplicate[field];
  }
  const tags = [...new Set([...survivor.tags, ...duplicate.tags])];
  if (tags.length !== survivor.tags.length) changes.tags = tags;
  const customFields = { ...duplicate.customFields, ...survivor.customFields };
  if (Object.keys(customFields).length !== Object.keys(survivor.customFields).length)
    changes.customFields = customFields;
  if (duplicate.notes) {
    changes.notes = survivor.notes
      ? `${survivor.notes}\n\n— Merged from ${duplicate.companyName} (client ${duplicate.id}) —\n${duplicate.notes}`
      : duplicate.notes;
  }
  if (
    duplicate.lastContactAt &&
    (!survivor.lastContactAt || duplicate.lastContactAt > survivor.lastContactAt)
  ) {
    changes.lastContactAt = duplicate.lastContactAt;
  }
  return changes as Partial<ClientInsert>;
}

/** Duplicate detection and merging: nothing of the duplicate is lost, it is archived pointing at the survivor. */
export function createClientMergeService(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;

  // Always lock the lower id first, so two merges of the same pair in opposite directions cannot deadlock.
  async function lockPair(
    executor: Executor,
    user: AuthenticatedUser,
    survivorId: number,
    duplicateId: number,
  ) {
    const locked = new Map<number, ClientDto>();
    for (const id of [survivorId, duplicateId].sort((a, b) => a - b)) {
      locked.set(id, await lockClientForChange(executor, user, id, { allowArchived: true }));
    }
    return { survivor: locked.get(survivorId) as ClientDto, duplicate: locked.get(duplicateId) as ClientDto };
  }

  return {
    async findDuplicates(user: AuthenticatedUser, clientId: number) {
      const client = await visibleClient(db, user, clientId);
      const candidates = await findDuplicateCandidates(db, {
        clientId,
        normalisedName: normaliseCompanyName(client.companyName),
        domain: companyDomain(client.email),
        limit: 20,
      });
      return candidates.map((candidate) => ({
        client: candidate.client,
        nameSimilarity: candidate.nameSimilarity,
        reasons: [
          ...(candidate.sameEmailDomain ? (['same_email_domain'] as const) : []),
          ...(candidate.nameSimilarity >= 0.6 ? (['similar_name'] as const) : []),
        ],
      }));
    },

    /**
     * Merges `duplicateId` into `survivorId` in one transaction: contacts, interactions, tasks and
     * satisfaction answers move; orders, tickets and customer accounts are pointed at the survivor; the
     * survivor fills its empty fields from the duplicate; the duplicate is archived with merged_into_id.
     */
    async mergeClients(actor: AuditActor, survivorId: number, duplicateId: number, expectedVersion?: number) {
      const user = actor.user;
      if (!user) throw new AppError('authentication_required', 401, 'Sign in to use this endpoint');
      if (survivorId === duplicateId) {
        throw new AppError('cannot_merge_self', 400, 'A client cannot be merged into itself', {
          errors: [{ parameter: 'body.duplicateId', message: 'must be another client' }],
        });
      }
      return db.transaction(async (tx) => {
        const { survivor, duplicate } = await lockPair(tx, user, survivorId, duplicateId);
        for (const client of [survivor, duplicate]) {
          if (client.mergedIntoId !== null) {
            throw new AppError(
              'client_merged',
              409,
              `Client ${client.id} was merged into client ${client.mergedIntoId} already`,
            );
          }
        }
        if (survivor.archivedAt) {
          throw new AppError(
            'client_archived',
            409,
            `Client ${survivorId} is archived; restore it before merging into it`,
          );
        }
        if (expectedVersion !== undefined && survivor.version !== expectedVersion)
          throw versionConflict('client');

        const survivorHasPrimary = (await findContacts(tx, survivorId)).some((contact) => contact.isPrimary);
        const moved = {
          contacts: await moveContacts(tx, duplicateId, survivorId, survivorHasPrimary),
          interactions: await moveInteractions(tx, duplicateId, survivorId),
          tasks: await moveTasks(tx, duplicateId, survivorId),
          satisfactionResponses: await moveSatisfactionResponses(tx, duplicateId, survivorId),
          orders: await reassignOrdersToClient(tx, duplicateId, survivorId),
          tickets: await reassignTicketsToClient(tx, duplicateId, survivorId),
          customerAccounts: await reassignCustomerAccountsToClient(tx, duplicateId, survivorId),
        };
        await repointMergedClients(tx, duplicateId, survivorId);
        const merged = await updateClientRow(
          tx,
          survivorId,
          mergedProfile(survivor, duplicate),
          survivor.version,
        );
        const archived = await updateClientRow(
          tx,
          duplicateId,
          { archivedAt: duplicate.archivedAt ?? clock(), mergedIntoId: survivorId },
          duplicate.version,
        );
        if (!merged || !archived) throw versionConflict('client');

        await recordEvent(tx, clientMerged, {
          aggregateId: survivorId,
          payload: { clientId: survivorId, duplicateId, moved },
          actor,
        });
        await recordAudit(tx, actor, {
          action: 'merge',
          resource: 'client',
          resourceId: survivorId,
          before: survivor,
          after: { ...merged, mergedFrom: duplicateId, moved },
        });
        await recordAudit(tx, actor, {
          action: 'merged_into',
          resource: 'client',
          resourceId: duplicateId,
          before: duplicate,
          after: archived,
        });
        return { client: merged, moved };
      });
    },
  };
}
