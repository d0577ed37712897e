import type { ModuleDefinition } from '../../platform/http/app';
import { ticketRoutes } from './routes';

export type { TicketDetailDto, TicketSummaryDto } from './dto';
export { createTicketEngine } from './engine.service';
export {
  ticketPublicPaths,
  ticketSensitivePathPrefixes,
  ticketSensitivePaths,
} from './guest-request.routes';
export { ticketPriorities, ticketStatuses, tickets } from './schema';
export { runSlaSweep } from './sla-sweep.service';
export {
  createTicketService,
  type OpenTicketInput,
  openTicket,
  resolveTicketDeps,
  type TicketServiceDeps,
} from './ticket.service';
export { createTicketWorkflowService } from './ticket-workflow.service';

/** Tickets: support requests, their priority, assignment and resolution. */
export const ticketsModule: ModuleDefinition = { name: 'tickets', routes: ticketRoutes };
