import type { Database, Executor } from '../../platform/db/database';
import type { AuditActor } from '../../platform/http/audit-actor';
import { AppError, notFound } from '../../platform/http/errors';
import { versionConflict } from '../../platform/http/etag';
import { clientExists } from '../clients';
import type { createAccountLinkService } from './account-link.service';
import { recordAudit } from './audit.service';
import type { UserListQuery } from './dto';
import type { createSessionService } from './session.service';
import {
  countActiveAdmins,
  deleteUserRow,
  findUserById,
  findUsers,
  type UserChanges,
  type UserRow,
  updateUser,
} from './user.repository';
import { createUserService, toUserDto } from './user.service';

export function toManagedUserDto(row: UserRow) {
  return {
    ...toUserDto(row),
    isActive: row.isActive,
    lastLogin: row.lastLogin,
    hasPassword: row.passwordHash !== null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

const actorId = (actor: AuditActor) => actor.user?.id;

const cannotModifySelf = () =>
  new AppError('cannot_modify_self', 409, 'You cannot change your own role, deactivate or delete yourself');
const lastAdmin = () => new AppError('last_admin', 409, 'At least one active administrator must remain');

/** Admins manage accounts: invite staff and customers, change roles, deactivate, delete. */
export function createUserAdminService(deps: {
  db: Database;
  sessions: ReturnType<typeof createSessionService>;
  links: ReturnType<typeof createAccountLinkService>;
  publicUrls: { admin: string; portal: string };
}) {
  const { db, sessions, links, publicUrls } = deps;
  const users = createUserService({ db });

  async function existing(id: number, executor: Executor = db) {
    const user = await findUserById(executor, id);
    if (!user) throw notFound('user', id);
    return user;
  }

  // Demoting, deactivating or deleting the last active admin would lock everyone out of administration.
  async function assertAdminsRemain(
    target: UserRow,
    change: { role?: string; isActive?: boolean; deleted?: boolean },
  ) {
    const losesAdmin =
      change.deleted || change.isActive === false || (change.role !== undefined && change.role !== 'admin');
    if (target.role === 'admin' && target.isActive && losesAdmin && (await countActiveAdmins(db)) <= 1)
      throw lastAdmin();
  }

  const baseUrlFor = (role: UserRow['role']) => (role === 'customer' ? publicUrls.portal : publicUrls.admin);

  return {
    listUsers: async (query: UserListQuery) => {
      const page = await findUsers(db, query);
      return { items: page.items.map(toManagedUserDto), nextCursor: page.nextCursor };
    },

    getUser: async (id: number) => toManagedUserDto(await existing(id)),

    /** Creates the account without a password and returns the invitation link that lets the person set one. */
    async inviteUser(
      actor: AuditActor,
      input: { email: string; name?: string; role: UserRow['role']; clientId?: number },
    ) {
      if (input.role !== 'customer' && input.clientId !== undefined) {
        throw new AppError('client_not_allowed', 400, 'Only customer accounts belong to a client');
      }
      if (
        input.role === 'customer' &&
        (input.clientId === undefined || !(await clientExists(db, input.clientId)))
      ) {
        throw new AppError(
          'client_not_found',
          400,
          'A customer account needs an existing client (clientId)',
          {
            errors: [{ parameter: 'body.clientId', message: 'must name an existing client' }],
          },
        );
      }
      // The account, its link and the audit entry stand or fall together.
      return db.transaction(async (tx) => {
        const created = await users.createUser({ ...input }, tx);
        const invitation = await links.issue(
          {
            userId: created.id,
            purpose: 'invitation',
            baseUrl: baseUrlFor(input.role),
            createdBy: actorId(actor),
          },
          tx,
        );
        const user = toManagedUserDto(await existing(created.id, tx));
        await recordAudit(tx, actor, {
          action: 'invite',
          resource: 'user',
          resourceId: user.id,
          after: user,
        });
        return { user, invitation };
      });
    },

    async updateUser(actor: AuditActor, id: number, changes: UserChanges, expectedVersion?: number) {
      const target = await existing(id);
      const changesAccess = changes.role !== undefined || changes.isActive !== undefined;
      if (target.id === actorId(actor) && changesAccess) throw cannotModifySelf();
      if (changes.role !== undefined && (changes.role === 'customer') !== (target.role === 'customer')) {
        throw new AppError(
          'role_change_not_allowed',
          400,
          'Staff and customer accounts cannot turn into each other',
        );
      }
      await assertAdminsRemain(target, changes);
      const updated = await db.transaction(async (tx) => {
        const row = await updateUser(tx, id, changes, expectedVersion);
        if (row) {
          await recordAudit(tx, actor, {
            action: 'update',
            resource: 'user',
            resourceId: id,
            before: toManagedUserDto(target),
            after: toManagedUserDto(row),
          });
        }
        return row;
      });
      if (!updated) throw versionConflict('user');
      // Tokens carry the role: a changed role or a deactivation must not live on in old sessions.
      if (changesAccess) await sessions.endAll(id);
      return toManagedUserDto(updated);
    },

    async deleteUser(actor: AuditActor, id: number) {
      const target = await existing(id);
      if (target.id === actorId(actor)) throw cannotModifySelf();
      await assertAdminsRemain(target, { deleted: true });
      await sessions.endAll(id);
      await db.transaction(async (tx) => {
        await deleteUserRow(tx, id);
        await recordAudit(tx, actor, {
          action: 'delete',
          resource: 'user',
          resourceId: id,
          before: toManagedUserDto(target),
        });
      });
    },

    /** A fresh invitation (earlier links stop working); only for accounts that have no password yet. */
    async reinvite(actor: AuditActor, id: number) {
      const target = await existing(id);
      if (target.passwordHash) {
        throw new AppError(
          'already_accepted',
          409,
          'This account has a password already; send a password reset instead',
        );
      }
      if (!target.isActive) {
        throw new AppError(
          'account_inactive',
          409,
          'This account is deactivated; reactivate it before inviting again',
        );
      }
      return db.transaction(async (tx) => {
        const link = await links.issue(
          { userId: id, purpose: 'invitation', baseUrl: baseUrlFor(target.role), createdBy: actorId(actor) },
          tx,
        );
        await recordAudit(tx, actor, { action: 'reinvite', resource: 'user', resourceId: id });
        return link;
      });
    },

    async startPasswordReset(actor: AuditActor, id: number) {
      const target = await existing(id);
      return db.transaction(async (tx) => {
        const link = await links.issue(
          {
            userId: id,
            purpose: 'password_reset',
            baseUrl: baseUrlFor(target.role),
            createdBy: actorId(actor),
          },
          tx,
        );
        await recordAudit(tx, actor, { action: 'start_password_reset', resource: 'user', resourceId: id });
        return link;
      });
    },
  };
}
