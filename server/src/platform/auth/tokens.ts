import { randomUUID } from 'node:crypto';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import type { KeyValueStore } from '../cache/key-value-store';
import { AppError } from '../http/errors';
import { type SigningKeys, TOKEN_ALGORITHM } from './keys';
import { type UserRole, userRoles } from './roles';

const AUDIENCE = 'smartcrm-api';

/** Who is calling, as every service learns it from a verified access token. */
export type AuthenticatedUser = {
  id: number;
  email: string;
  role: UserRole;
  /** Set only for customer accounts: the client whose data they may see. */
  clientId: number | null;
  /** The sign-in this token belongs to; signing out ends it everywhere. */
  sessionId: string | null;
  /** Set when the caller is an API key: its id, and the permissions it is limited to. */
  apiKey?: { id: number; scopes: readonly string[] };
};

/** Finds the owner of an API key, limited to the key's scopes; undefined for unknown, revoked or expired keys. */
export type ApiKeyResolver = (key: string) => Promise<AuthenticatedUser | undefined>;

export const API_KEY_PREFIX = 'sck_';

const claimsSchema = z.object({
  sub: z.string().regex(/^\d+$/),
  email: z.string(),
  role: z.enum(userRoles),
  cid: z.number().int().nullable(),
  sid: z.uuid().optional(),
});

export type TokenService = {
  sign(user: AuthenticatedUser): Promise<{ accessToken: string; expiresIn: number }>;
  verify(token: string): Promise<AuthenticatedUser>;
  /** Access tokens of these sessions stop working at once, on every instance sharing the store. */
  revokeSessions(sessionIds: readonly string[]): Promise<void>;
};

const revokedSessionKey = (sessionId: string) => `revoked-session:${sessionId}`;

const invalidToken = (detail: string) => new AppError('invalid_token', 401, detail);

export function createTokenService(options: {
  keys: SigningKeys;
  issuer: string;
  ttlSeconds: number;
  /** Where revoked sessions are recorded: Redis reaches every instance; memory only this one. */
  store: KeyValueStore;
}): TokenService {
  const { keys, issuer, ttlSeconds, store } = options;

  async function ensureNotRevoked(user: AuthenticatedUser) {
    if (user.sessionId && (await store.get(revokedSessionKey(user.sessionId)))) {
      throw new AppError('token_revoked', 401, 'This session has ended; sign in again');
    }
  }

  // A signature check costs more than the rest of a simple read; a token is checked once, then remembered
  // until it expires. (Revocation, when it comes, must be consulted before this cache.)
  const verified = createExpiringCache<AuthenticatedUser>(10_000);
  return {
    async sign(user) {
      if (!keys.privateKey) throw new Error('This service has no signing key (JWT_PRIVATE_KEY)');
      const accessToken = await new SignJWT({
        email: user.email,
        role: user.role,
        cid: user.clientId,
        ...(user.sessionId ? { sid: user.sessionId } : {}),
      })
        .setProtectedHeader({ alg: TOKEN_ALGORITHM, typ: 'JWT' })
        .setSubject(String(user.id))
        // Unique per token, so two tokens signed in the same second for the same session still differ.
        .setJti(randomUUID())
        .setIssuer(issuer)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(`${ttlSeconds}s`)
        .sign(keys.privateKey);
      return { accessToken, expiresIn: ttlSeconds };
    },
    async verify(token) {
      const known = verified.get(token, Date.now());
      if (known) {
        await ensureNotRevoked(known);
        return known;
      }
      let user: AuthenticatedUser;
      try {
        // The algorithm is pinned: "none" and HMAC tokens keyed with the public key are refused here.
        const { payload } = await jwtVerify(token, keys.publicKey, {
          algorithms: [TOKEN_ALGORITHM],
          issuer,
          audience: AUDIENCE,
        });
        const claims = claimsSchema.parse(payload);
        user = {
          id: Number(claims.sub),
          email: claims.email,
          role: claims.role,
          clientId: claims.cid,
          sessionId: claims.sid ?? null,
        };
        if (payload.exp) verified.set(token, user, payload.exp * 1000);
      } catch (error) {
        if (error instanceof joseErrors.JWTExpired)
          throw new AppError('token_expired', 401, 'The access token has expired');
        throw invalidToken('The access token is not valid');
      }
      await ensureNotRevoked(user);
      return user;
    },

    async revokeSessions(sessionIds) {
      // Kept as long as an access token lives; after that the session's tokens have expired anyway.
      await Promise.all(
        sessionIds.map((sessionId) => store.set(revokedSessionKey(sessionId), '1', ttlSeconds)),
      );
    },
  };
}

/** A bounded map whose entries vanish at their own expiry time; the oldest entry goes first when full. */
function createExpiringCache<Value>(maxEntries: number) {
  const entries = new Map<string, { value: Value; expiresAt: number }>();
  return {
    get(key: string, now: number): Value | undefined {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt <= now) {
        entries.delete(key);
        return undefined;
      }
      return entry.value;
    },
    set(key: string, value: Value, expiresAt: number) {
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
      entries.set(key, { value, expiresAt });
    },
  };
}
