import type { ModuleDefinition } from '../../platform/http/app';
import { identityRoutes } from './routes';

export { createApiKeyResolver } from './api-key.service';
export { type AuditedChange, auditRecord, recordAudit } from './audit.service';
export { DEMO_PASSWORD, demoAccounts } from './demo-accounts';
export { hashPassword } from './password.util';
export { users } from './schema';
export { countUsers } from './user.repository';
export { createUserService, type NewUser } from './user.service';

/** Routes of this module anyone may call without a token; the gateway forwards them unauthenticated. */
export const identityPublicPaths = [
  '/api/auth/login',
  '/api/auth/demo',
  '/api/auth/refresh',
  '/api/auth/logout',
  '/api/auth/invitation/accept',
  '/api/auth/password-reset',
  '/api/auth/password-reset/complete',
  '/api/auth/signup',
  '/api/auth/verify-email',
] as const;

/** Routes that guess at secrets (passwords), rate-limited strictly at the edge. */
export const identitySensitivePaths = [
  '/api/auth/login',
  '/api/auth/invitation/accept',
  '/api/auth/password-reset',
  '/api/auth/password-reset/complete',
  '/api/auth/signup',
  '/api/auth/verify-email',
] as const;

/** Identity: users, sign-in and roles. */
export const identityModule: ModuleDefinition = { name: 'identity', routes: identityRoutes };
