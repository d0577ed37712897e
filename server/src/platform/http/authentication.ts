import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type Permission, roleHasPermission } from '../auth/permissions';
import {
  API_KEY_PREFIX,
  type ApiKeyResolver,
  type AuthenticatedUser,
  type TokenService,
} from '../auth/tokens';
import { AppError } from './errors';

export const API_DOCS_PREFIX = '/docs';

declare module 'fastify' {
  interface FastifyRequest {
    user?: AuthenticatedUser;
  }
  interface FastifyContextConfig {
    /** Deliberately reachable without a token. */
    public?: boolean;
    /** What the caller must be allowed to do; every non-public route names one. */
    permission?: Permission;
    /** Forwarded to another service: the token is checked here, the permission by the owning service. */
    proxied?: boolean;
  }
}

export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/i.exec(header);
  if (!match?.[1])
    throw new AppError('invalid_authorization_header', 401, 'Authorization must be "Bearer <token>"');
  return match[1];
}

/** The user a route handler runs for; the authentication hook guarantees it on non-public routes. */
export function currentUser(request: FastifyRequest): AuthenticatedUser {
  if (!request.user) throw new AppError('authentication_required', 401, 'Sign in to use this endpoint');
  return request.user;
}

/**
 * Secure by default: every route needs a valid token unless it is declared public, and every route
 * declares what it is for. A route that says neither fails at start-up, not in production.
 */
export function registerAuthentication(app: FastifyInstance, tokens: TokenService, apiKeys?: ApiKeyResolver) {
  async function authenticate(request: FastifyRequest): Promise<AuthenticatedUser | undefined> {
    const headerKey = request.headers['x-api-key'];
    const token = typeof headerKey === 'string' ? headerKey : bearerToken(request);
    if (!token) return undefined;
    if (!token.startsWith(API_KEY_PREFIX)) return tokens.verify(token);
    const owner = apiKeys ? await apiKeys(token) : undefined;
    if (!owner) throw new AppError('invalid_api_key', 401, 'The API key is not valid, revoked or expired');
    return owner;
  }

  app.addHook('onRoute', (route) => {
    // The interactive API reference (registered by @fastify/swagger-ui) is public by design.
    if (route.url.startsWith(`${API_DOCS_PREFIX}/`) || route.url === API_DOCS_PREFIX) {
      route.config = { ...route.config, public: true };
    }
    const config = route.config ?? {};
    if (!config.public && !config.permission && !config.proxied) {
      throw new Error(
        `Route ${route.method} ${route.url} declares neither config.public nor config.permission`,
      );
    }
    if (!config.public && route.schema && !route.schema.hide) {
      route.schema = { ...route.schema, security: [{ bearerAuth: [] }] };
    }
  });

  app.addHook('onRequest', async (request) => {
    const config = request.routeOptions.config;
    // Unmatched URLs carry no route config; they fall through to the 404 handler.
    if (request.routeOptions.url === undefined || config.public) return;
    const user = await authenticate(request);
    if (!user) throw new AppError('authentication_required', 401, 'Sign in to use this endpoint');
    request.user = user;
    if (config.permission && !roleHasPermission(user.role, config.permission)) {
      throw new AppError('forbidden', 403, `Your role may not use ${config.permission}`);
    }
    // A key never does more than its owner's role, and only what its scopes name.
    if (config.permission && user.apiKey && !user.apiKey.scopes.includes(config.permission)) {
      throw new AppError('forbidden', 403, `This API key's scopes do not include ${config.permission}`);
    }
  });
}
