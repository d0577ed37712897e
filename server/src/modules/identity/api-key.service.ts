import { createHash, randomBytes } from 'node:crypto';
import { type Permission, permissionMatrix, roleHasPermission } from '../../platform/auth/permissions';
import type { UserRole } from '../../platform/auth/roles';
import { API_KEY_PREFIX, type ApiKeyResolver, type AuthenticatedUser } from '../../platform/auth/tokens';
import type { Database } from '../../platform/db/database';
import type { AuditActor } from '../../platform/http/audit-actor';
import { AppError, notFound } from '../../platform/http/errors';
import {
  type ApiKeyRow,
  findApiKeysOfUser,
  findApiKeyWithOwner,
  insertApiKey,
  revokeApiKey,
  touchApiKey,
} from './api-key.repository';
import { recordAudit } from './audit.service';

const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

export function toApiKeyDto(row: ApiKeyRow, now: Date) {
  const expired = row.expiresAt !== null && row.expiresAt <= now;
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes,
    expiresAt: row.expiresAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
    status: row.revokedAt ? ('revoked' as const) : expired ? ('expired' as const) : ('active' as const),
    createdAt: row.createdAt,
  };
}

/** The permissions a user of this role may put on a key, in the matrix's order. */
export function grantableScopes(role: UserRole): Permission[] {
  return (Object.keys(permissionMatrix) as Permission[]).filter((permission) =>
    roleHasPermission(role, permission),
  );
}

/** API keys: created by a user, shown once, stored hashed, scoped to a subset of the owner's permissions. */
export function createApiKeyService(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;
  return {
    async create(actor: AuditActor, input: { name: string; scopes: string[]; expiresAt?: Date }) {
      const owner = actor.user as AuthenticatedUser;
      if (owner.apiKey) throw new AppError('forbidden', 403, 'API keys cannot create other API keys');
      const scopes = [...new Set(input.scopes)];
      const refused = scopes.filter(
        (scope) => !(scope in permissionMatrix) || !roleHasPermission(owner.role, scope as Permission),
      );
      if (refused.length > 0) {
        throw new AppError('scope_not_allowed', 400, `Your role cannot grant: ${refused.join(', ')}`, {
          errors: refused.map((scope) => ({
            parameter: 'body.scopes',
            message: `${scope} is not yours to grant`,
          })),
        });
      }
      if (input.expiresAt && input.expiresAt <= clock()) {
        throw new AppError('validation_failed', 400, 'expiresAt must be in the future', {
          errors: [{ parameter: 'body.expiresAt', message: 'must be in the future' }],
        });
      }
      const prefix = randomBytes(6).toString('base64url');
      const key = `${API_KEY_PREFIX}${prefix}_${randomBytes(32).toString('base64url')}`;
      const row = await db.transaction(async (tx) => {
        const created = await insertApiKey(tx, {
          userId: owner.id,
          name: input.name,
          prefix: `${API_KEY_PREFIX}${prefix}`,
          keyHash: hashKey(key),
          scopes,
          expiresAt: input.expiresAt ?? null,
        });
        await recordAudit(tx, actor, {
          action: 'create',
          resource: 'api_key',
          resourceId: created.id,
          after: { name: created.name, scopes: created.scopes, expiresAt: created.expiresAt },
        });
        return created;
      });
      return { key, apiKey: toApiKeyDto(row, clock()) };
    },

    list: async (owner: AuthenticatedUser) => ({
      items: (await findApiKeysOfUser(db, owner.id)).map((row) => toApiKeyDto(row, clock())),
    }),

    async revoke(actor: AuditActor, id: number) {
      const owner = actor.user as AuthenticatedUser;
      const revoked = await db.transaction(async (tx) => {
        const done = await revokeApiKey(tx, id, owner.id, clock());
        if (done) await recordAudit(tx, actor, { action: 'revoke', resource: 'api_key', resourceId: id });
        return done;
      });
      if (!revoked) throw notFound('api_key', id);
    },
  };
}

/**
 * Turns a presented key into its owner, limited to the key's scopes. The owner's role is read fresh on
 * every use: a key never outlives a deactivation or keeps a role its owner lost.
 */
export function createApiKeyResolver(deps: { db: Database; clock: () => Date }): ApiKeyResolver {
  return async (key) => {
    const found = await findApiKeyWithOwner(deps.db, hashKey(key));
    const now = deps.clock();
    if (!found || found.key.revokedAt || (found.key.expiresAt && found.key.expiresAt <= now))
      return undefined;
    if (!found.owner.isActive) return undefined;
    await touchApiKey(deps.db, found.key.id, now);
    return {
      id: found.owner.id,
      email: found.owner.email,
      role: found.owner.role,
      clientId: found.owner.clientId,
      sessionId: null,
      apiKey: { id: found.key.id, scopes: found.key.scopes },
    };
  };
}
