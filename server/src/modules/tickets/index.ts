import type { ModuleDefinition } from '../../platform/http/app';
import { ticketRoutes } from './routes';

export { ticketPriorities, tickets, ticketStatuses } from './schema';
export type { TicketDto } from './dto';

/** Tickets: support requests, their priority, assignment and resolution. */
export const ticketsModule: ModuleDefinition = { name: 'tickets', routes: ticketRoutes };
