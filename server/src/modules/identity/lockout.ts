import { createHash } from 'node:crypto';
import type { KeyValueStore } from '../../platform/cache/key-value-store';
import { AppError } from '../../platform/http/errors';

export type LockoutPolicy = { threshold: number; baseSeconds: number; maxSeconds: number };

// Failures are forgotten an hour after the first one in a row.
const FAILURE_WINDOW_SECONDS = 3_600;

/**
 * Sign-in lockout with exponential back-off, keyed by the email typed in, whether or not an account
 * has it: a locked unknown email looks exactly like a locked real one. Emails are hashed before they
 * become keys, so the store holds no addresses.
 */
export function createLockout(store: KeyValueStore, policy: LockoutPolicy, now: () => number = Date.now) {
  const subject = (email: string) => createHash('sha256').update(email).digest('hex').slice(0, 32);
  const lockKey = (email: string) => `login-locked:${subject(email)}`;
  const failuresKey = (email: string) => `login-failures:${subject(email)}`;

  return {
    async assertNotLocked(email: string) {
      const lockedUntil = Number(await store.get(lockKey(email)));
      if (lockedUntil > now()) {
        const retryAfter = Math.ceil((lockedUntil - now()) / 1000);
        throw new AppError(
          'too_many_attempts',
          429,
          `Too many failed sign-ins for this email; try again in ${retryAfter} s`,
          { retryAfter },
        );
      }
    },

    async recordFailure(email: string) {
      const failures = await store.increment(failuresKey(email), FAILURE_WINDOW_SECONDS);
      if (failures < policy.threshold) return;
      const seconds = Math.min(policy.maxSeconds, policy.baseSeconds * 2 ** (failures - policy.threshold));
      await store.set(lockKey(email), String(now() + seconds * 1000), seconds);
    },

    async recordSuccess(email: string) {
      await store.delete(failuresKey(email));
    },
  };
}
