import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import { auditActor } from '../../platform/http/audit-actor';
import { currentUser } from '../../platform/http/authentication';
import { commonProblems, problemResponses } from '../../platform/http/errors';
import { expectedVersion, sendEntityTag } from '../../platform/http/etag';
import { idParamsSchema, pageSchema } from '../../platform/http/pagination';
import { createCommentService } from './comment.service';
import {
  assignTicketBodySchema,
  bulkActionBodySchema,
  bulkActionResultSchema,
  changeStatusBodySchema,
  closeTicketBodySchema,
  commentBodySchema,
  createTicketBodySchema,
  mergeTicketBodySchema,
  threadQuerySchema,
  ticketCommentSchema,
  ticketDetailSchema,
  ticketHistoryEntrySchema,
  ticketListQuerySchema,
  ticketSummarySchema,
  updateTicketBodySchema,
} from './dto';
import { createTicketService } from './ticket.service';
import type { TicketEngine } from './ticket-engine';
import { createTicketWorkflowService } from './ticket-workflow.service';

const withEntityTag = <Ticket extends { version: number }>(reply: FastifyReply, ticket: Ticket): Ticket => {
  sendEntityTag(reply, ticket.version);
  return ticket;
};

const ifMatch =
  'Send the ETag of the ticket you read as If-Match; a stale one answers 412 `version_conflict` and changes nothing.';

/** The ticket routes proper: the inbox, a ticket, its thread and history, and the workflow. */
export function createTicketCoreRoutes(
  options: { engine?: TicketEngine } = {},
): FastifyPluginAsyncZod<{ context: AppContext }> {
  return async (app, { context }) => {
    const deps = {
      db: context.database.db,
      clock: context.clock,
      engine: options.engine,
      portalUrl: context.config.publicUrls.portal,
    };
    const tickets = createTicketService(deps);
    const workflow = createTicketWorkflowService(deps);
    const comments = createCommentService(deps);
    const tags = ['tickets'];
    const detail = (...statuses: number[]) => ({
      200: ticketDetailSchema,
      ...commonProblems,
      ...problemResponses(404, ...statuses),
    });

    app.get(
      '/api/tickets',
      {
        config: { permission: 'tickets:read' },
        schema: {
          tags,
          summary: 'List tickets: the inbox views and filters',
          description:
            "Customers only ever see their own client's tickets; `view` does not apply to them. Each view reads " +
            'through its own index, so it stays fast at millions of tickets.',
          querystring: ticketListQuerySchema,
          response: { 200: pageSchema(ticketSummarySchema), ...commonProblems },
        },
      },
      async (request) => tickets.listTickets(currentUser(request), request.query),
    );

    app.post(
      '/api/tickets',
      {
        config: { permission: 'tickets:create' },
        schema: {
          tags,
          summary: 'Open a ticket',
          description:
            'Priority comes from the rules (staff may set it, with a reason), the SLA and the queue from the ' +
            "routing engine. Customers send only title, description, categoryId and orderId: the ticket is their client's, " +
            'from the portal, and they are its requester.',
          body: createTicketBodySchema,
          response: { 201: ticketDetailSchema, ...commonProblems, ...problemResponses(409) },
        },
      },
      async (request, reply) => {
        const ticket = await tickets.createTicket(auditActor(request), request.body);
        return reply.code(201).send(withEntityTag(reply, ticket));
      },
    );

    app.post(
      '/api/tickets/bulk',
      {
        config: { permission: 'tickets:write' },
        schema: {
          tags,
          summary: 'Apply one action to up to 200 tickets',
          description:
            'Each ticket changes in its own transaction: the legal ones change, the others are reported with ' +
            'the problem a single request would have got.',
          body: bulkActionBodySchema,
          response: { 200: bulkActionResultSchema, ...commonProblems },
        },
      },
      async (request) => workflow.bulk(auditActor(request), request.body),
    );

    app.get(
      '/api/tickets/:id',
      {
        config: { permission: 'tickets:read' },
        schema: {
          tags,
          summary: 'Get a ticket',
          description:
            'Customers get their own tickets without the internals (priority reason, SLA, assignment).',
          params: idParamsSchema,
          response: detail(),
        },
      },
      async (request, reply) =>
        withEntityTag(reply, await tickets.getTicket(currentUser(request), request.params.id)),
    );

    app.patch(
      '/api/tickets/:id',
      {
        config: { permission: 'tickets:write' },
        schema: {
          tags,
          summary: 'Edit a ticket',
          description: `A new priority needs \`priorityReason\`, which is kept. Closed tickets are history. ${ifMatch}`,
          params: idParamsSchema,
          body: updateTicketBodySchema,
          response: detail(409, 412),
        },
      },
      async (request, reply) =>
        withEntityTag(
          reply,
          await tickets.updateTicket(
            auditActor(request),
            request.params.id,
            request.body,
            expectedVersion(request),
          ),
        ),
    );

    app.post(
      '/api/tickets/:id/status',
      {
        config: { permission: 'tickets:write' },
        schema: {
          tags,
          summary: 'Move a ticket along the workflow',
          description: `An illegal move answers 409 \`illegal_transition\` with the \`allowed\` statuses. If-Match is optional. ${ifMatch}`,
          params: idParamsSchema,
          body: changeStatusBodySchema,
          response: detail(409, 412),
        },
      },
      async (request, reply) =>
        withEntityTag(
          reply,
          await workflow.changeStatus(
            auditActor(request),
            request.params.id,
            request.body,
            expectedVersion(request),
          ),
        ),
    );

    app.post(
      '/api/tickets/:id/assign',
      {
        config: { permission: 'tickets:write' },
        schema: {
          tags,
          summary: 'Assign a ticket to an employee, or unassign it',
          description: 'A person may assign beyond an agent’s capacity; automatic routing never does.',
          params: idParamsSchema,
          body: assignTicketBodySchema,
          response: detail(409, 412),
        },
      },
      async (request, reply) =>
        withEntityTag(
          reply,
          await workflow.assign(
            auditActor(request),
            request.params.id,
            request.body,
            expectedVersion(request),
          ),
        ),
    );

    app.post(
      '/api/tickets/:id/close',
      {
        config: { permission: 'tickets:create' },
        schema: {
          tags,
          summary: 'Close a ticket',
          description: 'Customers close their own tickets; staff any. Closed is final.',
          params: idParamsSchema,
          body: closeTicketBodySchema,
          response: detail(409, 412),
        },
      },
      async (request, reply) =>
        withEntityTag(
          reply,
          await workflow.close(
            auditActor(request),
            request.params.id,
            request.body?.reason,
            expectedVersion(request),
          ),
        ),
    );

    app.post(
      '/api/tickets/:id/merge',
      {
        config: { permission: 'tickets:write' },
        schema: {
          tags,
          summary: 'Merge a duplicate into another ticket of the same client',
          description:
            'The duplicate is closed and points at the ticket that stays, which gets its public thread as a ' +
            'note. Answers with the ticket that stays.',
          params: idParamsSchema,
          body: mergeTicketBodySchema,
          response: detail(409),
        },
      },
      async (request, reply) =>
        withEntityTag(
          reply,
          await workflow.merge(auditActor(request), request.params.id, request.body.intoTicketId),
        ),
    );

    app.get(
      '/api/tickets/:id/comments',
      {
        config: { permission: 'tickets:read' },
        schema: {
          tags,
          summary: 'The thread of a ticket, oldest first',
          description: 'Customers never receive internal notes.',
          params: idParamsSchema,
          querystring: threadQuerySchema,
          response: { 200: pageSchema(ticketCommentSchema), ...commonProblems, ...problemResponses(404) },
        },
      },
      async (request) => comments.listComments(currentUser(request), request.params.id, request.query),
    );

    app.post(
      '/api/tickets/:id/comments',
      {
        config: { permission: 'tickets:create' },
        schema: {
          tags,
          summary: 'Reply, or add an internal note',
          description:
            "A customer's reply reopens a ticket waiting on them or resolved within the reopen window; on a closed " +
            'ticket, or after the window, it answers 409 `ticket_closed`: open a new ticket. A staff public reply ' +
            'is the first response and opens a new ticket. Customers cannot write internal notes (403).',
          params: idParamsSchema,
          body: commentBodySchema,
          response: { 201: ticketCommentSchema, ...commonProblems, ...problemResponses(404, 409) },
        },
      },
      async (request, reply) => {
        const comment = await comments.addComment(auditActor(request), request.params.id, request.body);
        return reply.code(201).send(comment);
      },
    );

    app.get(
      '/api/tickets/:id/history',
      {
        config: { permission: 'tickets:write' },
        schema: {
          tags,
          summary: 'Everything that happened to a ticket, newest first',
          params: idParamsSchema,
          querystring: threadQuerySchema,
          response: {
            200: pageSchema(ticketHistoryEntrySchema),
            ...commonProblems,
            ...problemResponses(404),
          },
        },
      },
      async (request) => tickets.listHistory(currentUser(request), request.params.id, request.query),
    );
  };
}
