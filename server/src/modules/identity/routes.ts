import fastifyCookie from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { auditActor } from '../../platform/http/audit-actor';
import { currentUser } from '../../platform/http/authentication';
import { AppError, commonProblems, problemResponses } from '../../platform/http/errors';
import { expectedVersion, sendEntityTag } from '../../platform/http/etag';
import { createAccountAccessService } from './account-access.service';
import { createAccountLinkService } from './account-link.service';
import { apiKeyRoutes } from './api-key.routes';
import { auditRoutes } from './audit.routes';
import { createAuthService } from './auth.service';
import { DEMO_PASSWORD, demoAccounts } from './demo-accounts';
import {
  acceptInvitationBodySchema,
  demoInfoSchema,
  loginBodySchema,
  loginResponseSchema,
  logoutBodySchema,
  passwordChangeSchema,
  passwordResetCompleteSchema,
  passwordResetRequestSchema,
  profileUpdateSchema,
  refreshBodySchema,
  signUpBodySchema,
  signUpResponseSchema,
  userSchema,
  verifyEmailBodySchema,
} from './dto';
import { invitationRoutes } from './invitation.routes';
import { createLockout } from './lockout';
import { createProfileService } from './profile.service';
import { savedViewRoutes } from './saved-view.routes';
import { type ClientInfo, createSessionService } from './session.service';
import {
  type CookieApp,
  clearEveryRefreshCookie,
  clearRefreshCookie,
  refreshTokenFrom,
  setRefreshCookie,
} from './session-cookie';
import { userAdminRoutes } from './user-admin.routes';

const clientInfo = (request: FastifyRequest): ClientInfo => ({
  userAgent: request.headers['user-agent'],
  ipAddress: request.ip,
});

type IssuedSession = { refreshToken: string; refreshExpiresIn: number };

/** Browsers get the refresh token as an httpOnly cookie only; API clients asked for it in the body. */
function deliver<Session extends IssuedSession>(
  request: FastifyRequest,
  reply: FastifyReply,
  session: Session,
  into: 'cookie' | 'body',
  app: CookieApp,
) {
  if (into === 'body') return session;
  setRefreshCookie(request, reply, session.refreshToken, session.refreshExpiresIn, app);
  const { refreshToken: _keptInCookie, ...rest } = session;
  return rest;
}

export const identityRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (app, { context }) => {
  const sessions = createSessionService({
    db: context.database.db,
    tokens: context.tokens,
    clock: context.clock,
    refreshTtlSeconds: context.config.auth.refreshTokenTtlSeconds,
  });
  const lockout = createLockout(context.store, context.config.auth.lockout);
  const auth = createAuthService({ db: context.database.db, sessions, lockout, clock: context.clock });
  const profiles = createProfileService({ db: context.database.db, sessions });
  const links = createAccountLinkService({
    db: context.database.db,
    clock: context.clock,
    logger: context.logger,
    ttlSeconds: {
      invitation: context.config.auth.invitationTtlHours * 3_600,
      password_reset: context.config.auth.passwordResetTtlMinutes * 60,
      email_verification: context.config.auth.emailVerificationTtlHours * 3_600,
    },
  });
  const access = createAccountAccessService({
    db: context.database.db,
    sessions,
    links,
    clock: context.clock,
    publicUrls: context.config.publicUrls,
  });
  await app.register(userAdminRoutes, { context, sessions, links });
  await app.register(auditRoutes, { context });
  await app.register(invitationRoutes, { context });
  await app.register(apiKeyRoutes, { context });
  await app.register(savedViewRoutes, { context });
  const tags = ['auth'];
  await app.register(fastifyCookie);

  app.post(
    '/api/auth/login',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Sign in with email and password',
        body: loginBodySchema,
        response: { 200: loginResponseSchema, ...problemResponses(400, 401, 413, 415, 429) },
      },
    },
    async (request, reply) => {
      const { email, password, refreshTokenIn, app: cookieApp } = request.body;
      const session = await auth.login(email, password, clientInfo(request));
      return deliver(request, reply, session, refreshTokenIn, cookieApp);
    },
  );

  app.post(
    '/api/auth/refresh',
    {
      // Public: the refresh token is the credential here, not an access token.
      config: { public: true },
      schema: {
        tags,
        summary: 'Exchange a refresh token for a new access token and refresh token',
        description:
          'The refresh token comes from the body or the httpOnly cookie set at sign-in. Each one works once.',
        body: refreshBodySchema,
        response: { 200: loginResponseSchema, ...problemResponses(400, 401) },
      },
    },
    async (request, reply) => {
      const { refreshToken, refreshTokenIn, app: cookieApp } = request.body;
      const token = refreshTokenFrom(request, refreshToken, cookieApp);
      if (!token) {
        clearRefreshCookie(reply, cookieApp);
        throw new AppError('invalid_refresh_token', 401, 'No refresh token was sent; sign in again');
      }
      try {
        const session = await sessions.refresh(token, clientInfo(request));
        return deliver(request, reply, session, refreshTokenIn, cookieApp);
      } catch (error) {
        clearRefreshCookie(reply, cookieApp);
        throw error;
      }
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Sign out of this session',
        body: logoutBodySchema,
        response: { 204: z.null(), ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      const token = refreshTokenFrom(request, request.body.refreshToken, request.body.app);
      if (token) await sessions.end(token);
      clearRefreshCookie(reply, request.body.app);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/auth/invitation/accept',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Set a first password with the token from an invitation link',
        body: acceptInvitationBodySchema,
        response: { 204: z.null(), ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      await access.acceptInvitation(request.body.token, request.body.password);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/auth/signup',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Create a customer account; it signs in once the email is verified',
        description: 'Always 202 for a valid request, whether or not the email already has an account.',
        body: signUpBodySchema,
        response: { 202: signUpResponseSchema, ...problemResponses(400, 429) },
      },
    },
    async (request, reply) => {
      const { link } = await access.signUp(request.body);
      return reply.code(202).send({ verificationUrl: context.config.demoMode && link ? link.url : null });
    },
  );

  app.post(
    '/api/auth/verify-email',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Verify the email of a new customer account with the token from its link',
        body: verifyEmailBodySchema,
        response: { 204: z.null(), ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      await access.verifyEmail(request.body.token);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/auth/password-reset',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Ask for a password-reset link',
        description: 'Always 202, whether or not the email has an account.',
        body: passwordResetRequestSchema,
        response: { 202: z.null(), ...problemResponses(400, 429) },
      },
    },
    async (request, reply) => {
      await access.requestPasswordReset(request.body.email);
      return reply.code(202).send(null);
    },
  );

  app.post(
    '/api/auth/password-reset/complete',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Set a new password with the token from a reset link; every session ends',
        body: passwordResetCompleteSchema,
        response: { 204: z.null(), ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      await access.completePasswordReset(request.body.token, request.body.password);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/auth/logout-all',
    {
      config: { permission: 'session:end' },
      schema: {
        tags,
        summary: 'Sign out everywhere: every session of the signed-in user ends',
        response: { 204: z.null(), ...commonProblems },
      },
    },
    async (request, reply) => {
      await sessions.endAll(currentUser(request).id);
      clearEveryRefreshCookie(reply);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    {
      config: { permission: 'profile:read' },
      schema: { tags, summary: 'The signed-in user', response: { 200: userSchema, ...commonProblems } },
    },
    async (request, reply) => {
      const profile = await profiles.currentProfile(currentUser(request));
      sendEntityTag(reply, profile.version);
      return profile;
    },
  );

  app.patch(
    '/api/auth/me',
    {
      config: { permission: 'profile:update' },
      schema: {
        tags,
        summary: 'Edit your own profile',
        description: 'Send If-Match with the ETag you read to refuse overwriting a newer change (412).',
        body: profileUpdateSchema,
        response: { 200: userSchema, ...commonProblems, ...problemResponses(412) },
      },
    },
    async (request, reply) => {
      const profile = await profiles.updateProfile(
        auditActor(request),
        request.body,
        expectedVersion(request),
      );
      sendEntityTag(reply, profile.version);
      return profile;
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: { permission: 'profile:update' },
      schema: {
        tags,
        summary: 'Change your password',
        description: 'Needs the current password. Every other session of yours ends; this one goes on.',
        body: passwordChangeSchema,
        response: { 204: z.null(), ...commonProblems },
      },
    },
    async (request, reply) => {
      const { currentPassword, newPassword } = request.body;
      await profiles.changePassword(auditActor(request), currentPassword, newPassword);
      return reply.code(204).send(null);
    },
  );

  // Public so the sign-in page can list the demo accounts; empty outside demo mode.
  app.get(
    '/api/auth/demo',
    {
      config: { public: true },
      schema: { tags, summary: 'Demo accounts (demo mode only)', response: { 200: demoInfoSchema } },
    },
    async () =>
      context.config.demoMode
        ? {
            enabled: true,
            password: DEMO_PASSWORD,
            accounts: demoAccounts.map(({ email, role }) => ({ email, role })),
          }
        : { enabled: false, password: null, accounts: [] },
  );
};
