import type { ModuleDefinition } from '../../platform/http/app';
import { ticketRoutes } from './routes';

export type { TicketDto } from './dto';
export { ticketPriorities, ticketStatuses, tickets } from './schema';

/** Tickets: support requests, their priority, assignment and resolution. */
export const ticketsModule: ModuleDefinition = { name: 'tickets', routes: ticketRoutes };
