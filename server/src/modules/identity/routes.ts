import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import { currentUser } from '../../platform/http/authentication';
import { commonProblems, problemResponses } from '../../platform/http/errors';
import { createAuthService } from './auth.service';
import { DEMO_PASSWORD, demoAccounts } from './demo-accounts';
import { demoInfoSchema, loginBodySchema, loginResponseSchema, userSchema } from './dto';

export const identityRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (app, { context }) => {
  const auth = createAuthService({ db: context.database.db, tokens: context.tokens, clock: context.clock });
  const tags = ['auth'];

  app.post(
    '/api/auth/login',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Sign in with email and password',
        body: loginBodySchema,
        response: { 200: loginResponseSchema, ...problemResponses(400, 401, 413, 415) },
      },
    },
    async (request) => auth.login(request.body.email, request.body.password),
  );

  app.get(
    '/api/auth/me',
    {
      config: { permission: 'profile:read' },
      schema: { tags, summary: 'The signed-in user', response: { 200: userSchema, ...commonProblems } },
    },
    async (request) => auth.currentProfile(currentUser(request)),
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
