import type { components, paths } from '@smartcrm/api-client';

// Read from the generated schema, like the client's own entity types.
type Schemas = components['schemas'];
type JsonBody<Operation> = Operation extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

/** A ticket as the inbox lists it. */
export type TicketSummary = Schemas['TicketSummary'];
/** A ticket with its SLA targets, priority reason, related order and the moves it admits now. */
export type TicketDetail = Schemas['TicketDetail'];
export type TicketComment = Schemas['TicketComment'];
export type TicketHistoryEntry = Schemas['TicketHistoryEntry'];
export type TicketBulkResult = Schemas['TicketBulkResult'];
export type TicketStatus = TicketSummary['status'];
export type TicketPriority = TicketSummary['priority'];
export type TicketChannel = TicketSummary['channel'];
export type SlaState = NonNullable<TicketSummary['sla']>['state'];
export type SlaTarget = NonNullable<NonNullable<TicketDetail['sla']>['firstResponse']>;
export type PrioritySource = TicketDetail['prioritySource'];

export type TicketListQuery = NonNullable<paths['/api/tickets']['get']['parameters']['query']>;
export type NewTicket = JsonBody<paths['/api/tickets']['post']>;
export type TicketChanges = JsonBody<paths['/api/tickets/{id}']['patch']>;
export type BulkAction = JsonBody<paths['/api/tickets/bulk']['post']>;

/** A file on a ticket (the list and the upload answer). */
export type TicketAttachment = Schemas['TicketAttachment'];
/** A queue tickets are routed through; the inbox's "By queue" view lists them. */
export type TicketQueue = Schemas['TicketQueue'];
export type TicketCategory = Schemas['TicketCategory'];
/** An employee who works tickets, with their availability and load. */
export type TicketAgent = Schemas['TicketAgent'];
export type AgentAvailability = TicketAgent['availability'];

export const ticketStatuses = [
  'new',
  'open',
  'pending',
  'on_hold',
  'resolved',
  'closed',
] as const satisfies readonly TicketStatus[];

export const ticketPriorities = [
  'low',
  'medium',
  'high',
  'urgent',
] as const satisfies readonly TicketPriority[];

export const ticketChannels = [
  'portal',
  'chat',
  'email',
  'phone',
  'api',
] as const satisfies readonly TicketChannel[];

export const agentAvailabilities = [
  'online',
  'away',
  'offline',
] as const satisfies readonly AgentAvailability[];

export const ticketQueryKeys = {
  all: ['tickets'] as const,
  lists: ['tickets', 'list'] as const,
  list: (query: TicketListQuery) => ['tickets', 'list', query] as const,
  detail: (id: number) => ['tickets', 'detail', id] as const,
  comments: (id: number) => ['tickets', 'detail', id, 'comments'] as const,
  attachments: (id: number) => ['tickets', 'detail', id, 'attachments'] as const,
  history: (id: number) => ['tickets', 'detail', id, 'history'] as const,
  search: (query: TicketListQuery) => ['tickets', 'search', query] as const,
  queues: ['tickets', 'queues'] as const,
  categories: ['tickets', 'categories'] as const,
  agents: ['tickets', 'agents'] as const,
};
