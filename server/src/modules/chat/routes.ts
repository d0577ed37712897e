import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { commonProblems } from '../../platform/http/errors';
import { createChatService } from './chat.service';

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
  const service = createChatService({ llm: context.config.llm });

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
    async () => service.engineStatus(),
  );
};
