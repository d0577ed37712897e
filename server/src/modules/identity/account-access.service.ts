import type { Database } from '../../platform/db/database';
import { AppError } from '../../platform/http/errors';
import type { createAccountLinkService } from './account-link.service';
import { hashPassword } from './password.util';
import { assertStrongPassword } from './password-policy.util';
import type { createSessionService } from './session.service';
import { findUserByEmail, findUserById, updateUser } from './user.repository';
import { normaliseEmail } from './user.service';

const invalidLink = () =>
  new AppError('invalid_link', 400, 'This link is not valid any more; ask for a new one');

/** What people do through the links they receive: accept an invitation, reset a forgotten password. */
export function createAccountAccessService(deps: {
  db: Database;
  sessions: ReturnType<typeof createSessionService>;
  links: ReturnType<typeof createAccountLinkService>;
  publicUrls: { admin: string; portal: string };
}) {
  const { db, sessions, links, publicUrls } = deps;

  async function setPasswordFromLink(
    token: string,
    purpose: 'invitation' | 'password_reset',
    password: string,
  ) {
    // The policy is checked before the link is used up, so a weak password does not burn the link.
    const peek = await links.peek(token, purpose);
    if (!peek) throw invalidLink();
    const user = await findUserById(db, peek);
    if (!user?.isActive) throw invalidLink();
    assertStrongPassword(password, { email: user.email, parameter: 'body.password' });
    const userId = await links.consume(token, purpose);
    if (userId !== user.id) throw invalidLink();
    await updateUser(db, user.id, { passwordHash: await hashPassword(password) });
    await sessions.endAll(user.id);
  }

  return {
    acceptInvitation: (token: string, password: string) => setPasswordFromLink(token, 'invitation', password),

    completePasswordReset: (token: string, password: string) =>
      setPasswordFromLink(token, 'password_reset', password),

    /** Always answers the same, so nobody learns whether an email has an account. */
    async requestPasswordReset(email: string) {
      const user = await findUserByEmail(db, normaliseEmail(email));
      if (!user?.isActive || !user.passwordHash) return;
      await links.issue({
        userId: user.id,
        purpose: 'password_reset',
        baseUrl: user.role === 'customer' ? publicUrls.portal : publicUrls.admin,
      });
    },
  };
}
