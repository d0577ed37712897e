import type { AuthenticatedUser } from '../../platform/auth/tokens';
import type { Database } from '../../platform/db/database';
import { constraintViolation, sqlState } from '../../platform/db/errors';
import { recordEvent } from '../../platform/events/domain-event';
import type { AuditActor } from '../../platform/http/audit-actor';
import { AppError, notFound } from '../../platform/http/errors';
import { versionConflict } from '../../platform/http/etag';
import { recordAudit } from '../identity';
import { lockClientForChange, visibleClient } from './client.service';
import {
  clearPrimaryContact,
  deleteContact,
  findContact,
  findContacts,
  insertContact,
  updateContact,
} from './contact.repository';
import type { ContactInput } from './dto';
import { contactChanged } from './events';

// Two people making different contacts primary at the same moment: the unique index lets one win.
async function primaryRaceAsConflict<Result>(work: () => Promise<Result>): Promise<Result> {
  try {
    return await work();
  } catch (error) {
    if (constraintViolation(error)?.code === sqlState.uniqueViolation) {
      throw new AppError(
        'primary_contact_conflict',
        409,
        'Another contact was made primary at the same time; retry',
      );
    }
    throw error;
  }
}

function requireUser(actor: AuditActor): AuthenticatedUser {
  if (!actor.user) throw new AppError('authentication_required', 401, 'Sign in to use this endpoint');
  return actor.user;
}

/** People at a client; one of them may be the primary contact. */
export function createContactService(deps: { db: Database }) {
  const { db } = deps;

  return {
    async listContacts(user: AuthenticatedUser, clientId: number) {
      await visibleClient(db, user, clientId);
      return findContacts(db, clientId);
    },

    async getContact(user: AuthenticatedUser, clientId: number, contactId: number) {
      await visibleClient(db, user, clientId);
      const contact = await findContact(db, clientId, contactId);
      if (!contact) throw notFound('contact', contactId);
      return contact;
    },

    async createContact(actor: AuditActor, clientId: number, input: ContactInput & { name: string }) {
      const user = requireUser(actor);
      return primaryRaceAsConflict(() =>
        db.transaction(async (tx) => {
          await lockClientForChange(tx, user, clientId);
          if (input.isPrimary) await clearPrimaryContact(tx, clientId);
          const contact = await insertContact(tx, { ...input, clientId });
          await recordEvent(tx, contactChanged, {
            aggregateId: clientId,
            payload: { clientId, contactId: contact.id, change: 'created' },
            actor,
          });
          await recordAudit(tx, actor, {
            action: 'create',
            resource: 'client_contact',
            resourceId: contact.id,
            after: contact,
          });
          return contact;
        }),
      );
    },

    async updateContact(
      actor: AuditActor,
      clientId: number,
      contactId: number,
      input: ContactInput,
      expectedVersion?: number,
    ) {
      const user = requireUser(actor);
      return primaryRaceAsConflict(() =>
        db.transaction(async (tx) => {
          await lockClientForChange(tx, user, clientId);
          const current = await findContact(tx, clientId, contactId);
          if (!current) throw notFound('contact', contactId);
          if (input.isPrimary) await clearPrimaryContact(tx, clientId, contactId);
          const updated = await updateContact(tx, contactId, input, expectedVersion);
          if (!updated) throw versionConflict('contact');
          await recordEvent(tx, contactChanged, {
            aggregateId: clientId,
            payload: { clientId, contactId, change: 'updated' },
            actor,
          });
          await recordAudit(tx, actor, {
            action: 'update',
            resource: 'client_contact',
            resourceId: contactId,
            before: current,
            after: updated,
          });
          return updated;
        }),
      );
    },

    async deleteContact(actor: AuditActor, clientId: number, contactId: number, expectedVersion?: number) {
      const user = requireUser(actor);
      await db.transaction(async (tx) => {
        await lockClientForChange(tx, user, clientId);
        const current = await findContact(tx, clientId, contactId);
        if (!current) throw notFound('contact', contactId);
        if (expectedVersion !== undefined && current.version !== expectedVersion)
          throw versionConflict('contact');
        await deleteContact(tx, contactId);
        await recordEvent(tx, contactChanged, {
          aggregateId: clientId,
          payload: { clientId, contactId, change: 'deleted' },
          actor,
        });
        await recordAudit(tx, actor, {
          action: 'delete',
          resource: 'client_contact',
          resourceId: contactId,
          before: current,
        });
      });
    },
  };
}
