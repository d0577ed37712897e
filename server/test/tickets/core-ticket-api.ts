import { and, asc, eq } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { auditLog } from '../../src/modules/identity/schema';
import { ticketEvents } from '../../src/modules/tickets/schema';
import { employees } from '../../src/modules/workforce';
import type { UserRole } from '../../src/platform/auth/roles';
import type { Database } from '../../src/platform/db/database';
import { domainEvents } from '../../src/platform/events/schema';
import { createEmployee, type Session, sessionFor } from '../support/factories';
import { expectStatus } from '../support/order-factories';
import type { TestApp } from '../support/test-app';

export { expectStatus };

export type TicketBody = {
  id: number;
  title: string;
  status: string;
  priority: string;
  channel: string;
  clientId: number;
  clientName: string;
  assignedTo: number | null;
  assigneeName: string | null;
  queueId: number | null;
  categoryId: number | null;
  categoryName: string | null;
  tags: string[];
  requesterName: string | null;
  requesterEmail: string | null;
  firstRespondedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  description: string | null;
  orderId: number | null;
  orderTotal: string | null;
  prioritySource: string;
  priorityReason: string | null;
  mergedIntoId: number | null;
  reopenCount: number;
  version: number;
  allowedTransitions: string[];
  sla: Record<string, unknown> | null;
};
export type CommentBody = {
  id: number;
  body: string;
  visibility: string;
  authorKind: string;
  authorName: string;
  authorUserId: number | null;
};
export type Page<Item> = { items: Item[]; nextCursor: string | null };

type Call = { session: Session; body?: unknown; ifMatch?: number };

/** The core ticket endpoints as one signed-in user calls them. */
export function ticketsApi(app: FastifyInstance) {
  const send = (method: 'GET' | 'POST' | 'PATCH', url: string, call: Call) =>
    app.inject({
      method,
      url,
      headers: {
        ...call.session.headers,
        ...(call.ifMatch === undefined ? {} : { 'if-match': `"${call.ifMatch}"` }),
      },
      ...(call.body === undefined ? {} : { payload: call.body as object }),
    });
  return {
    list: (session: Session, query = '') => send('GET', `/api/tickets${query}`, { session }),
    get: (session: Session, id: number) => send('GET', `/api/tickets/${id}`, { session }),
    create: (session: Session, body: unknown) => send('POST', '/api/tickets', { session, body }),
    update: (session: Session, id: number, body: unknown, ifMatch?: number) =>
      send('PATCH', `/api/tickets/${id}`, { session, body, ifMatch }),
    status: (
      session: Session,
      id: number,
      status: string,
      extra: Record<string, unknown> = {},
      ifMatch?: number,
    ) => send('POST', `/api/tickets/${id}/status`, { session, body: { status, ...extra }, ifMatch }),
    assign: (session: Session, id: number, employeeId: number | null, reason?: string) =>
      send('POST', `/api/tickets/${id}/assign`, {
        session,
        body: { employeeId, ...(reason ? { reason } : {}) },
      }),
    close: (session: Session, id: number, body: unknown = {}) =>
      send('POST', `/api/tickets/${id}/close`, { session, body }),
    merge: (session: Session, id: number, intoTicketId: number) =>
      send('POST', `/api/tickets/${id}/merge`, { session, body: { intoTicketId } }),
    comments: (session: Session, id: number, query = '') =>
      send('GET', `/api/tickets/${id}/comments${query}`, { session }),
    comment: (session: Session, id: number, body: string, visibility?: 'public' | 'internal') =>
      send('POST', `/api/tickets/${id}/comments`, {
        session,
        body: { body, ...(visibility ? { visibility } : {}) },
      }),
    history: (session: Session, id: number, query = '') =>
      send('GET', `/api/tickets/${id}/history${query}`, { session }),
    bulk: (session: Session, body: unknown) => send('POST', '/api/tickets/bulk', { session, body }),
  };
}
export type TicketsApi = ReturnType<typeof ticketsApi>;

/** Opens a ticket as staff (for `clientId`) and returns it. */
export async function openTicket(
  api: TicketsApi,
  session: Session,
  body: Record<string, unknown> & { clientId?: number },
): Promise<TicketBody> {
  return expectStatus<TicketBody>(
    await api.create(session, {
      title: 'Cannot export invoices',
      description: 'The export button does nothing.',
      channel: 'email',
      ...body,
    }),
    201,
  );
}

/** A staff member who is also an employee (the account linked to the employee), as agents are. */
export async function staffMember(testApp: TestApp, role: UserRole = 'agent', name?: string) {
  const session = await sessionFor(testApp.context, role);
  const employee = await createEmployee(testApp.context.database.db, {
    userId: session.userId,
    ...(name ? { name } : {}),
  });
  return { session, employee };
}

export function ticketHistory(db: Database, ticketId: number) {
  return db
    .select()
    .from(ticketEvents)
    .where(eq(ticketEvents.ticketId, ticketId))
    .orderBy(asc(ticketEvents.id));
}

export function ticketDomainEvents(db: Database, ticketId: number) {
  return db
    .select()
    .from(domainEvents)
    .where(and(eq(domainEvents.aggregateType, 'ticket'), eq(domainEvents.aggregateId, ticketId)))
    .orderBy(asc(domainEvents.id));
}

export function ticketAudit(db: Database, ticketId: number) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.resource, 'ticket'), eq(auditLog.resourceId, String(ticketId))))
    .orderBy(asc(auditLog.id));
}

export async function employeeNamed(db: Database, id: number) {
  const [row] = await db.select().from(employees).where(eq(employees.id, id));
  return row;
}

export const ids = (response: LightMyRequestResponse) =>
  (response.json() as Page<{ id: number }>).items.map((item) => item.id);
