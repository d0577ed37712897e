import { and, eq, ilike } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { containsPattern, planKeyset } from '../../platform/db/keyset';
import type { Page } from '../../platform/http/pagination';
import { clients } from '../clients';
import { employees } from '../workforce';
import type { TicketDto, TicketListQuery } from './dto';
import { tickets } from './schema';

const sortableColumns = { createdAt: tickets.createdAt, updatedAt: tickets.updatedAt };

const ticketFields = {
  id: tickets.id,
  clientId: tickets.clientId,
  clientName: clients.companyName,
  assignedTo: tickets.assignedTo,
  assigneeName: employees.name,
  title: tickets.title,
  description: tickets.description,
  priority: tickets.priority,
  status: tickets.status,
  version: tickets.version,
  createdAt: tickets.createdAt,
  resolvedAt: tickets.resolvedAt,
  updatedAt: tickets.updatedAt,
};

function selectTickets(executor: Executor) {
  return executor
    .select(ticketFields)
    .from(tickets)
    .innerJoin(clients, eq(clients.id, tickets.clientId))
    .leftJoin(employees, eq(employees.id, tickets.assignedTo));
}

export async function findTickets(executor: Executor, query: TicketListQuery): Promise<Page<TicketDto>> {
  const plan = planKeyset(query, { columns: sortableColumns, id: tickets.id });
  const rows = await selectTickets(executor)
    .where(
      and(
        plan.where,
        query.q ? ilike(tickets.title, containsPattern(query.q)) : undefined,
        query.status ? eq(tickets.status, query.status) : undefined,
        query.priority ? eq(tickets.priority, query.priority) : undefined,
        query.clientId ? eq(tickets.clientId, query.clientId) : undefined,
      ),
    )
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  return plan.toPage(rows);
}

export async function findTicketById(executor: Executor, id: number): Promise<TicketDto | undefined> {
  const [row] = await selectTickets(executor).where(eq(tickets.id, id));
  return row;
}
