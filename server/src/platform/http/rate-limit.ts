import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { KeyValueStore } from '../cache/key-value-store';
import { AppError } from './errors';

export type RateLimitRule = { name: string; max: number; windowSeconds: number };

export type RateLimitOptions = {
  store: KeyValueStore;
  /** Every request, before its token is looked at. */
  perAddress: RateLimitRule;
  /** Signed-in requests, after authentication. */
  perUser: RateLimitRule;
  /**
   * Stricter, per address, for paths that guess at secrets: sign-in, sign-up, resets, token links. A path
   * ending in `/` covers everything under it (`/api/tickets/surveys/` covers each survey link).
   */
  sensitive: { rule: RateLimitRule; paths: readonly string[] };
  now?: () => number;
};

type Verdict = { rule: RateLimitRule; count: number; resetsInSeconds: number };

/**
 * Fixed-window request limits kept in the shared key-value store, so every gateway instance counts
 * together when Redis is configured. Over a limit: 429 problem+json with Retry-After. If the store
 * itself fails, requests go through (availability first) and the failure is logged.
 */
export function registerRateLimits(app: FastifyInstance, options: RateLimitOptions) {
  const now = options.now ?? Date.now;
  const sensitivePaths = new Set(options.sensitive.paths.filter((path) => !path.endsWith('/')));
  const sensitivePrefixes = options.sensitive.paths.filter((path) => path.endsWith('/'));
  const isSensitive = (path: string) =>
    sensitivePaths.has(path) || sensitivePrefixes.some((prefix) => path.startsWith(prefix));

  async function count(
    rule: RateLimitRule,
    subject: string,
    request: FastifyRequest,
  ): Promise<Verdict | undefined> {
    const windowMs = rule.windowSeconds * 1000;
    const window = Math.floor(now() / windowMs);
    try {
      const total = await options.store.increment(
        `rate:${rule.name}:${subject}:${window}`,
        rule.windowSeconds,
      );
      return { rule, count: total, resetsInSeconds: Math.ceil(((window + 1) * windowMs - now()) / 1000) };
    } catch (error) {
      request.log.warn({ err: error, rule: rule.name }, 'rate limit store unavailable; request allowed');
      return undefined;
    }
  }

  function enforce(reply: FastifyReply, verdict: Verdict | undefined) {
    if (!verdict) return;
    reply.header('x-ratelimit-limit', verdict.rule.max);
    reply.header('x-ratelimit-remaining', Math.max(0, verdict.rule.max - verdict.count));
    reply.header('x-ratelimit-reset', verdict.resetsInSeconds);
    if (verdict.count > verdict.rule.max) {
      reply.header('retry-after', verdict.resetsInSeconds);
      throw new AppError(
        'rate_limited',
        429,
        `Too many requests; try again in ${verdict.resetsInSeconds} s`,
        { retryAfter: verdict.resetsInSeconds },
      );
    }
  }

  app.addHook('onRequest', async (request, reply) => {
    enforce(reply, await count(options.perAddress, request.ip, request));
    const path = request.url.split('?')[0] ?? '';
    if (isSensitive(path)) enforce(reply, await count(options.sensitive.rule, request.ip, request));
  });

  return {
    /** The per-user limit: register after authentication, so the caller is known. */
    registerPerUser() {
      app.addHook('onRequest', async (request, reply) => {
        if (request.user) enforce(reply, await count(options.perUser, `user:${request.user.id}`, request));
      });
    },
  };
}
