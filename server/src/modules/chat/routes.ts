import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { commonProblems } from '../../platform/http/errors';

const engineStatusSchema = z
  .object({
    engine: z
      .enum(['offline', 'llm'])
      .describe('offline: the built-in engine; llm: a configured language model'),
    provider: z.string().nullable(),
    model: z.string().nullable(),
  })
  .meta({ id: 'ChatEngineStatus' });

export const chatRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (app, { context }) => {
  const { llm } = context.config;

  app.get(
    '/api/chat/status',
    {
      config: { permission: 'chat:use' },
      schema: {
        tags: ['chat'],
        summary: 'Which AI engine answers chats',
        response: { 200: engineStatusSchema, ...commonProblems },
      },
    },
    async () =>
      llm.provider
        ? { engine: 'llm' as const, provider: llm.provider, model: llm.model ?? null }
        : { engine: 'offline' as const, provider: null, model: null },
  );
};
