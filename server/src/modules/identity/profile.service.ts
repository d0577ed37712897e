import type { AuthenticatedUser } from '../../platform/auth/tokens';
import type { Database } from '../../platform/db/database';
import { AppError } from '../../platform/http/errors';
import { versionConflict } from '../../platform/http/etag';
import { hashPassword, verifyPassword } from './password.util';
import { assertStrongPassword } from './password-policy.util';
import type { createSessionService } from './session.service';
import { findUserById, type UserChanges, updateUser } from './user.repository';
import { toUserDto } from './user.service';

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

    async updateProfile(caller: AuthenticatedUser, changes: UserChanges, expectedVersion?: number) {
      await activeUser(caller);
      const updated = await updateUser(db, caller.id, changes, expectedVersion);
      if (!updated) throw versionConflict('profile');
      return toUserDto(updated);
    },

    /** The current password proves it is really the owner; every other session ends afterwards. */
    async changePassword(caller: AuthenticatedUser, currentPassword: string, newPassword: string) {
      const user = await activeUser(caller);
      if (!user.passwordHash || !(await verifyPassword(user.passwordHash, currentPassword))) {
        throw new AppError('current_password_incorrect', 400, 'The current password is not correct', {
          errors: [{ parameter: 'body.currentPassword', message: 'is not correct' }],
        });
      }
      assertStrongPassword(newPassword, { email: user.email, parameter: 'body.newPassword' });
      await updateUser(db, user.id, { passwordHash: await hashPassword(newPassword) });
      await sessions.endAll(user.id, { except: caller.sessionId ?? undefined });
    },
  };
}
