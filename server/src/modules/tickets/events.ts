import { z } from 'zod';
import { defineEvent } from '../../platform/events/domain-event';
import { ticketChannels, ticketPriorities, ticketStatuses } from './schema';

const priority = z.enum(ticketPriorities);
const status = z.enum(ticketStatuses);
const slaTarget = z.enum(['first_response', 'resolution']);

const ticketFacts = {
  clientId: z.number().int(),
  priority,
  status,
  assignedTo: z.number().int().nullable(),
  queueId: z.number().int().nullable(),
};

export const ticketCreated = defineEvent({
  type: 'ticket.created',
  aggregateType: 'ticket',
  payload: z.object({
    ...ticketFacts,
    channel: z.enum(ticketChannels),
    categoryId: z.number().int().nullable(),
  }),
});

export const ticketUpdated = defineEvent({
  type: 'ticket.updated',
  aggregateType: 'ticket',
  payload: z.object({ ...ticketFacts, changedFields: z.array(z.string()) }),
});

export const ticketStatusChanged = defineEvent({
  type: 'ticket.status_changed',
  aggregateType: 'ticket',
  payload: z.object({ clientId: z.number().int(), from: status, to: status, reason: z.string().nullable() }),
});

export const ticketPriorityChanged = defineEvent({
  type: 'ticket.priority_changed',
  aggregateType: 'ticket',
  payload: z.object({
    clientId: z.number().int(),
    from: priority,
    to: priority,
    reason: z.string().nullable(),
  }),
});

/** Assigned, reassigned or unassigned (`to` null); `reason` says why, for automatic assignments too. */
export const ticketAssigned = defineEvent({
  type: 'ticket.assigned',
  aggregateType: 'ticket',
  payload: z.object({
    clientId: z.number().int(),
    from: z.number().int().nullable(),
    to: z.number().int().nullable(),
    automatic: z.boolean(),
    reason: z.string(),
  }),
});

/** A public reply: by staff (the customer is told) or by the customer (the assignee is told). */
export const ticketReplied = defineEvent({
  type: 'ticket.replied',
  aggregateType: 'ticket',
  payload: z.object({
    clientId: z.number().int(),
    commentId: z.number().int(),
    authorKind: z.enum(['staff', 'customer']),
    assignedTo: z.number().int().nullable(),
  }),
});

export const ticketMerged = defineEvent({
  type: 'ticket.merged',
  aggregateType: 'ticket',
  payload: z.object({ clientId: z.number().int(), intoTicketId: z.number().int() }),
});

/**
 * An escalation action the policy took with a warning or breach: `notify_manager` names the assignee's manager
 * (the notifications issue turns it into a message), `raise_priority` the step taken (a
 * `ticket.priority_changed` follows), `reassign` whom the ticket was taken from (a `ticket.assigned` follows
 * when someone else had room).
 */
const escalation = z.discriminatedUnion('action', [
  z.object({ action: z.literal('notify_manager'), managerEmployeeId: z.number().int().nullable() }),
  z.object({ action: z.literal('raise_priority'), from: priority, to: priority }),
  z.object({ action: z.literal('reassign'), from: z.number().int().nullable() }),
]);

// What a warning and a breach tell: whose ticket, which clock, when it is (was) due, who has it, and the
// escalation actions of the policy that were taken.
const slaMomentPayload = z.object({
  clientId: z.number().int(),
  target: slaTarget,
  dueAt: z.string(),
  assignedTo: z.number().int().nullable(),
  escalations: z.array(escalation),
});

export const ticketSlaWarning = defineEvent({
  type: 'ticket.sla_warning',
  aggregateType: 'ticket',
  payload: slaMomentPayload,
});

export const ticketSlaBreached = defineEvent({
  type: 'ticket.sla_breached',
  aggregateType: 'ticket',
  payload: slaMomentPayload,
});

/** A satisfaction survey to send: the link carries the token, which is never stored. */
export const ticketSurveyRequested = defineEvent({
  type: 'ticket.survey_requested',
  aggregateType: 'ticket',
  payload: z.object({
    clientId: z.number().int(),
    surveyId: z.number().int(),
    email: z.string().nullable(),
    link: z.string(),
  }),
});

export const ticketRated = defineEvent({
  type: 'ticket.rated',
  aggregateType: 'ticket',
  payload: z.object({
    clientId: z.number().int(),
    score: z.number().int(),
    assignedTo: z.number().int().nullable(),
  }),
});

/** A guest asked for help: the link that proves their address goes to them by email. */
export const ticketGuestVerificationRequested = defineEvent({
  type: 'ticket.guest_verification_requested',
  aggregateType: 'ticket_guest_request',
  payload: z.object({ email: z.string(), link: z.string() }),
});
