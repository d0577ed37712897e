import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { AuthenticatedUser, TokenService } from '../../platform/auth/tokens';
import type { Database } from '../../platform/db/database';
import { AppError } from '../../platform/http/errors';
import {
  claimRefreshToken,
  findRefreshTokenByHash,
  insertRefreshToken,
  revokeAllForUser,
  revokeFamily,
} from './refresh-token.repository';
import { findUserById } from './user.repository';
import { toUserDto } from './user.service';

export type ClientInfo = { userAgent?: string; ipAddress?: string };

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const invalidRefreshToken = () =>
  new AppError('invalid_refresh_token', 401, 'The refresh token is not valid; sign in again');

/**
 * Sessions: a short-lived access token plus a refresh token that is exchanged for a new pair on every
 * use (rotation). A refresh token presented twice means it was stolen: the whole family is revoked.
 */
export function createSessionService(deps: {
  db: Database;
  tokens: TokenService;
  clock: () => Date;
  refreshTtlSeconds: number;
}) {
  const { db, tokens, clock, refreshTtlSeconds } = deps;

  async function issue(user: Omit<AuthenticatedUser, 'sessionId'>, familyId: string, client: ClientInfo) {
    const refreshToken = randomBytes(32).toString('base64url');
    const now = clock();
    await insertRefreshToken(db, {
      userId: user.id,
      familyId,
      tokenHash: hashToken(refreshToken),
      expiresAt: new Date(now.getTime() + refreshTtlSeconds * 1000),
      userAgent: client.userAgent?.slice(0, 255) ?? null,
      ipAddress: client.ipAddress?.slice(0, 64) ?? null,
    });
    const access = await tokens.sign({ ...user, sessionId: familyId });
    return { ...access, refreshToken, refreshExpiresIn: refreshTtlSeconds };
  }

  async function endFamilies(familyIds: string[]) {
    await tokens.revokeSessions(familyIds);
  }

  return {
    /** A new session after a successful sign-in. */
    start: (user: Omit<AuthenticatedUser, 'sessionId'>, client: ClientInfo) =>
      issue(user, randomUUID(), client),

    async refresh(refreshToken: string, client: ClientInfo) {
      const stored = await findRefreshTokenByHash(db, hashToken(refreshToken));
      const now = clock();
      if (!stored || stored.revokedAt || stored.expiresAt <= now) throw invalidRefreshToken();
      if (stored.usedAt || !(await claimRefreshToken(db, stored.id, now))) {
        await revokeFamily(db, stored.familyId, now);
        await endFamilies([stored.familyId]);
        throw new AppError(
          'refresh_token_reused',
          401,
          'This sign-in was used twice and has been ended; sign in again',
        );
      }
      const user = await findUserById(db, stored.userId);
      if (!user?.isActive) {
        await revokeFamily(db, stored.familyId, now);
        throw invalidRefreshToken();
      }
      const session = await issue(
        { id: user.id, email: user.email, role: user.role, clientId: user.clientId },
        stored.familyId,
        client,
      );
      return { ...session, user: toUserDto(user) };
    },

    /** Ends the session the refresh token belongs to; unknown tokens are ignored (signing out always works). */
    async end(refreshToken: string) {
      const stored = await findRefreshTokenByHash(db, hashToken(refreshToken));
      if (!stored) return;
      await revokeFamily(db, stored.familyId, clock());
      await endFamilies([stored.familyId]);
    },

    /** Ends every session of the user, on every device (but the one named in except, if any). */
    async endAll(userId: number, options: { except?: string } = {}) {
      await endFamilies(await revokeAllForUser(db, userId, clock(), options.except));
    },
  };
}
