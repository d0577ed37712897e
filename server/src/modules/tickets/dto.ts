import { z } from 'zod';
import { listQuerySchema } from '../../platform/http/pagination';
import { ticketPriorities, ticketStatuses } from './schema';

export const ticketSchema = z
  .object({
    id: z.number().int(),
    clientId: z.number().int(),
    clientName: z.string(),
    assignedTo: z.number().int().nullable().describe('Employee id of the assignee'),
    assigneeName: z.string().nullable(),
    title: z.string(),
    description: z.string().nullable(),
    priority: z.enum(ticketPriorities),
    status: z.enum(ticketStatuses),
    version: z.number().int(),
    createdAt: z.date(),
    resolvedAt: z.date().nullable(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Ticket' });

export type TicketDto = z.infer<typeof ticketSchema>;

export const ticketListQuerySchema = listQuerySchema(['createdAt', 'updatedAt', 'id'], '-createdAt').extend({
  status: z.enum(ticketStatuses).optional().describe('Only tickets in this status'),
  priority: z.enum(ticketPriorities).optional().describe('Only tickets with this priority'),
  clientId: z.coerce.number().int().min(1).optional().describe("Only this client's tickets"),
});
export type TicketListQuery = z.infer<typeof ticketListQuerySchema>;
