import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { auditActor, jobActor } from '../../platform/http/audit-actor';
import { currentUser } from '../../platform/http/authentication';
import { commonProblems, problemResponses } from '../../platform/http/errors';
import { pageSchema } from '../../platform/http/pagination';
import { employeeStatusChanged } from '../workforce';
import { createAgentService } from './agent.service';
import {
  agentListQuerySchema,
  agentSchema,
  availabilityBodySchema,
  employeeIdParamsSchema,
  updateAgentBodySchema,
} from './settings.dto';

/** /api/tickets/agents: who works tickets, whether they are available, and how loaded they are. */
export const agentRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (app, { context }) => {
  const service = createAgentService({ db: context.database.db, clock: context.clock });
  const tags = ['ticket settings'];

  // Agents who closed the app (or whose computer slept) without going offline stop being given tickets.
  const { agentIdleMinutes } = context.config.jobs;
  if (agentIdleMinutes > 0) {
    const presence = 'tickets.agent-presence';
    context.jobs.schedule(presence, '* * * * *', async () => {
      const offline = await service.sendUnseenAgentsOffline(jobActor(presence), agentIdleMinutes);
      if (offline > 0) context.logger.info({ offline }, 'agents whose app was closed set offline');
    });
  }

  // Someone going on leave or leaving the company stops getting tickets, and theirs go on to others.
  const handOverLeavers = 'tickets.hand-over-leavers';
  context.jobs.onEvent(employeeStatusChanged.type, handOverLeavers, async (event) => {
    const { to } = employeeStatusChanged.payload.parse(event.payload);
    if (to !== 'active') await service.handOverLeaver(jobActor(handOverLeavers), event.aggregateId, to);
  });

  app.get(
    '/api/tickets/agents',
    {
      config: { permission: 'tickets:write' },
      schema: {
        tags,
        summary: 'List agents with availability and load',
        description: 'Members of any queue and anyone who has set an availability, by name.',
        querystring: agentListQuerySchema,
        response: { 200: pageSchema(agentSchema), ...commonProblems },
      },
    },
    async (request) => service.listAgents(request.query),
  );

  app.get(
    '/api/tickets/agents/me',
    {
      config: { permission: 'tickets:write' },
      schema: {
        tags,
        summary: 'My availability, capacity and load',
        description: '409 `not_an_agent` when your account belongs to no employee.',
        response: { 200: agentSchema, ...commonProblems, ...problemResponses(409) },
      },
    },
    async (request) => service.myAgent(currentUser(request)),
  );

  app.put(
    '/api/tickets/agents/me/availability',
    {
      config: { permission: 'tickets:write' },
      schema: {
        tags,
        summary: 'Set my availability',
        description:
          'Online: you are handed waiting tickets up to your capacity. Offline: your tickets not yet answered go to other agents (or back to wait). Away: you keep your tickets and get no new ones. 409 `not_an_agent` when your account belongs to no employee.',
        body: availabilityBodySchema,
        response: { 200: agentSchema, ...commonProblems, ...problemResponses(409) },
      },
    },
    async (request) =>
      service.setMyAvailability(auditActor(request), currentUser(request), request.body.availability),
  );

  app.post(
    '/api/tickets/agents/me/presence',
    {
      config: { permission: 'tickets:write' },
      schema: {
        tags,
        summary: 'Say my app is open',
        description:
          'The admin app sends this every minute while it is open. An agent online or away whose app has not been heard from for `TICKET_AGENT_IDLE_MINUTES` (default 15) is set offline, and their tickets not yet answered go to others. 409 `not_an_agent` when your account belongs to no employee.',
        response: { 204: z.null(), ...commonProblems, ...problemResponses(409) },
      },
    },
    async (request, reply) => {
      await service.recordMyPresence(currentUser(request));
      return reply.code(204).send(null);
    },
  );

  app.patch(
    '/api/tickets/agents/:employeeId',
    {
      config: { permission: 'tickets:manage' },
      schema: {
        tags,
        summary: "Set an agent's availability or capacity",
        description: 'More capacity hands them waiting tickets at once; less takes nothing away.',
        params: employeeIdParamsSchema,
        body: updateAgentBodySchema,
        response: { 200: agentSchema, ...commonProblems, ...problemResponses(404, 409) },
      },
    },
    async (request) => service.updateAgent(auditActor(request), request.params.employeeId, request.body),
  );
};
