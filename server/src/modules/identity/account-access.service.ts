import type { Database } from '../../platform/db/database';
import { AppError } from '../../platform/http/errors';
import { createLeadClient, findClientForEmail } from '../clients';
import type { createAccountLinkService } from './account-link.service';
import { hashPassword } from './password.util';
import { assertStrongPassword } from './password-policy.util';
import type { createSessionService } from './session.service';
import { findUserByEmail, findUserById, insertUser, updateUser } from './user.repository';
import { createUserService, normaliseEmail } from './user.service';

const invalidLink = () =>
  new AppError('invalid_link', 400, 'This link is not valid any more; ask for a new one');

/** What people do through the links they receive: accept an invitation, reset a forgotten password. */
export function createAccountAccessService(deps: {
  db: Database;
  sessions: ReturnType<typeof createSessionService>;
  links: ReturnType<typeof createAccountLinkService>;
  clock: () => Date;
  publicUrls: { admin: string; portal: string };
}) {
  const { db, sessions, links, clock, publicUrls } = deps;

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
    const used = await links.consume(token, purpose);
    if (used?.userId !== user.id) throw invalidLink();
    // Following a link sent to the address proves the person owns it.
    await updateUser(db, user.id, {
      passwordHash: await hashPassword(password),
      emailVerifiedAt: user.emailVerifiedAt ?? clock(),
    });
    await sessions.endAll(user.id);
  }

  return {
    acceptInvitation: (token: string, password: string) => setPasswordFromLink(token, 'invitation', password),

    completePasswordReset: (token: string, password: string) =>
      setPasswordFromLink(token, 'password_reset', password),

    /**
     * A visitor becomes a customer: the account exists at once but signs in only after the email is
     * verified. Answers the same whether or not the email had an account; the link is returned only
     * when the caller may see it (demo mode, where no email is sent).
     */
    async signUp(input: { email: string; password: string; name: string; companyName?: string }) {
      const email = normaliseEmail(input.email);
      assertStrongPassword(input.password, { email, parameter: 'body.password' });
      if (await findUserByEmail(db, email)) return { link: null };
      const user = await insertUser(db, {
        email,
        username: await createUserService({ db }).freeUsername(email),
        name: input.name,
        role: 'customer',
        passwordHash: await hashPassword(input.password),
      });
      const link = await links.issue({
        userId: user.id,
        purpose: 'email_verification',
        baseUrl: publicUrls.portal,
        payload: input.companyName ? { companyName: input.companyName } : {},
      });
      return { link };
    },

    /** Proves the address, and links the account to its client: matched by email or domain, or a new lead. */
    async verifyEmail(token: string) {
      const used = await links.consume(token, 'email_verification');
      const user = used && (await findUserById(db, used.userId));
      if (!user) throw invalidLink();
      const clientId =
        user.clientId ??
        (await findClientForEmail(db, user.email)) ??
        (await createLeadClient(db, {
          companyName: used.payload.companyName ?? user.email.split('@')[1] ?? user.email,
          contactPerson: user.name,
          email: user.email,
        }));
      await updateUser(db, user.id, { emailVerifiedAt: user.emailVerifiedAt ?? clock(), clientId });
    },

    /** Always answers the same, so nobody learns whether an email has an account. */
    async requestPasswordReset(email: string) {
      const user = await findUserByEmail(db, normaliseEmail(email));
      if (!user?.isActive || !user.passwordHash || !user.emailVerifiedAt) return;
      await links.issue({
        userId: user.id,
        purpose: 'password_reset',
        baseUrl: user.role === 'customer' ? publicUrls.portal : publicUrls.admin,
      });
    },
  };
}
