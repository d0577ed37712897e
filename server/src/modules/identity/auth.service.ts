import type { Database } from '../../platform/db/database';
import { AppError } from '../../platform/http/errors';
import type { createLockout } from './lockout';
import { verifyAgainstDecoy, verifyPassword } from './password.util';
import type { ClientInfo, createSessionService } from './session.service';
import { findUserByEmail, recordLogin } from './user.repository';
import { normaliseEmail, toUserDto } from './user.service';

const invalidCredentials = () =>
  new AppError('invalid_credentials', 401, 'The email or password is not correct');

export function createAuthService(deps: {
  db: Database;
  sessions: ReturnType<typeof createSessionService>;
  lockout: ReturnType<typeof createLockout>;
  clock: () => Date;
}) {
  const { db, sessions, lockout, clock } = deps;
  return {
    /** Same answer, in about the same time, for an unknown email, a wrong password or a disabled account. */
    async login(typedEmail: string, password: string, client: ClientInfo) {
      const email = normaliseEmail(typedEmail);
      await lockout.assertNotLocked(email);
      const user = await findUserByEmail(db, email);
      const passwordMatches = user?.passwordHash
        ? await verifyPassword(user.passwordHash, password)
        : await verifyAgainstDecoy(password);
      if (!user || !passwordMatches || !user.isActive) {
        await lockout.recordFailure(email);
        throw invalidCredentials();
      }
      await lockout.recordSuccess(email);
      // Only after the password proved who is asking: a new customer must verify the email first.
      if (!user.emailVerifiedAt) {
        throw new AppError(
          'email_not_verified',
          403,
          'Verify your email with the link we sent, then sign in',
        );
      }
      await recordLogin(db, user.id, clock());
      const session = await sessions.start(
        { id: user.id, email: user.email, role: user.role, clientId: user.clientId },
        client,
      );
      return { ...session, user: toUserDto(user) };
    },
  };
}
