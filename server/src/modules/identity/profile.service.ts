import type { AuthenticatedUser } from '../../platform/auth/tokens';
import type { Database } from '../../platform/db/database';
import type { AuditActor } from '../../platform/http/audit-actor';
import { AppError } from '../../platform/http/errors';
import { versionConflict } from '../../platform/http/etag';
import { recordAudit } from './audit.service';
import { hashPassword, verifyPassword } from './password.util';
import { assertStrongPassword } from './password-policy.util';
import type { createSessionService } from './session.service';
import { findUserById, type UserChanges, updateUser } from './user.repository';
import { toUserDto } from './user.service';

const signedIn = (actor: AuditActor): AuthenticatedUser => {
  if (!actor.user) throw new AppError('authentication_required', 401, 'Sign in to use this endpoint');
  return actor.user;
};

const accountGone = () => new AppError('invalid_token', 401, 'This account no longer exists or is disabled');

/** What signed-in users do to their own account: read and edit the profile, change the password. */
export function createProfileService(deps: {
  db: Database;
  sessions: ReturnType<typeof createSessionService>;
}) {
  const { db, sessions } = deps;

  async function activeUser(caller: AuthenticatedUser) {
    const user = await findUserById(db, caller.id);
    if (!user?.isActive) throw accountGone();
    return user;
  }

  return {
    currentProfile: async (caller: AuthenticatedUser) => toUserDto(await activeUser(caller)),

    async updateProfile(actor: AuditActor, changes: UserChanges, expectedVersion?: number) {
      const before = await activeUser(signedIn(actor));
      const updated = await db.transaction(async (tx) => {
        const row = await updateUser(tx, before.id, changes, expectedVersion);
        if (row) {
          await recordAudit(tx, actor, {
            action: 'update_profile',
            resource: 'user',
            resourceId: row.id,
            before: toUserDto(before),
            after: toUserDto(row),
          });
        }
        return row;
      });
      if (!updated) throw versionConflict('profile');
      return toUserDto(updated);
    },

    /** The current password proves it is really the owner; every other session ends afterwards. */
    async changePassword(actor: AuditActor, currentPassword: string, newPassword: string) {
      const caller = signedIn(actor);
      const user = await activeUser(caller);
      if (!user.passwordHash || !(await verifyPassword(user.passwordHash, currentPassword))) {
        throw new AppError('current_password_incorrect', 400, 'The current password is not correct', {
          errors: [{ parameter: 'body.currentPassword', message: 'is not correct' }],
        });
      }
      assertStrongPassword(newPassword, { email: user.email, parameter: 'body.newPassword' });
      const passwordHash = await hashPassword(newPassword);
      await db.transaction(async (tx) => {
        await updateUser(tx, user.id, { passwordHash });
        await recordAudit(tx, actor, {
          action: 'change_password',
          resource: 'user',
          resourceId: user.id,
          before: { passwordHash: user.passwordHash },
          after: { passwordHash },
        });
      });
      await sessions.endAll(user.id, { except: caller.sessionId ?? undefined });
    },
  };
}
