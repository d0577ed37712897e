import { createHash, randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { Database, Executor } from '../../platform/db/database';
import {
  consumeAccountToken,
  findLiveAccountToken,
  insertAccountToken,
  retireAccountTokens,
} from './account-token.repository';

export type AccountLinkPurpose = 'invitation' | 'password_reset' | 'email_verification';
export type AccountLink = { url: string; expiresAt: Date };

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const pagePaths: Record<AccountLinkPurpose, string> = {
  invitation: '/accept-invitation',
  password_reset: '/reset-password',
  email_verification: '/verify-email',
};

/**
 * Single-use, expiring links for invitations and password resets. Until the notifications service
 * delivers them by email, each link is logged, and an admin who asked for one sees it in the answer.
 */
export function createAccountLinkService(deps: {
  db: Database;
  clock: () => Date;
  logger: Logger;
  ttlSeconds: Record<AccountLinkPurpose, number>;
}) {
  const { db, clock, logger, ttlSeconds } = deps;
  return {
    async issue(
      options: {
        userId: number;
        purpose: AccountLinkPurpose;
        baseUrl: string;
        createdBy?: number;
        payload?: Record<string, string>;
      },
      executor: Executor = db,
    ): Promise<AccountLink> {
      const now = clock();
      await retireAccountTokens(executor, options.userId, options.purpose, now);
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now.getTime() + ttlSeconds[options.purpose] * 1000);
      await insertAccountToken(executor, {
        userId: options.userId,
        purpose: options.purpose,
        tokenHash: hashToken(token),
        expiresAt,
        createdBy: options.createdBy ?? null,
        payload: options.payload ?? {},
      });
      const url = new URL(pagePaths[options.purpose], options.baseUrl);
      url.searchParams.set('token', token);
      logger.info(
        { userId: options.userId, purpose: options.purpose, url: url.toString() },
        'account link issued',
      );
      return { url: url.toString(), expiresAt };
    },

    /** The user a live link is for, without using it up. */
    peek: (token: string, purpose: AccountLinkPurpose) =>
      findLiveAccountToken(db, hashToken(token), purpose, clock()),

    /** The user the link was for, once; undefined when the link is unknown, used or expired. */
    consume: (token: string, purpose: AccountLinkPurpose) =>
      consumeAccountToken(db, hashToken(token), purpose, clock()),
  };
}
