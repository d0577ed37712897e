import { canSeeClientRow, customerClientScope } from '../../platform/auth/customer-scope';
import type { AuthenticatedUser } from '../../platform/auth/tokens';
import type { Database, Executor } from '../../platform/db/database';
import { constraintViolationOf, sqlState } from '../../platform/db/errors';
import { type PendingEvent, pendingEvent, recordEvents } from '../../platform/events/domain-event';
import type { AuditActor } from '../../platform/http/audit-actor';
import { AppError, notFound } from '../../platform/http/errors';
import { versionConflict } from '../../platform/http/etag';
import type { Page } from '../../platform/http/pagination';
import { type ClientProfile, findClientContact, findClientProfile } from '../clients';
import { auditRecord, recordAudit } from '../identity';
import { findOrderReference, type OrderReference } from '../orders';
import { findEmployeeByUserId } from '../workforce';
import type {
  CreateTicketInput,
  TicketDetailDto,
  TicketListQuery,
  TicketSort,
  TicketSummaryDto,
  UpdateTicketInput,
} from './dto';
import { staffOnlyCreateFields } from './dto';
import { ticketCreated, ticketPriorityChanged, ticketStatusChanged, ticketUpdated } from './events';
import { ticketChannels } from './schema';
import { createSurveyForResolvedTicket } from './survey.service';
import {
  findBusinessCalendar,
  findTicketDetailRow,
  findTicketHistory,
  findTicketSummaries,
  insertTicket,
  type TicketChanges,
  type TicketHistoryRow,
  type TicketListRequest,
  type TicketRow,
  updateTicketRow,
} from './ticket.repository';
import { requireVisibleTicket } from './ticket-access';
import { createBasicTicketEngine, type TicketEngine } from './ticket-engine';
import { appendTicketHistory } from './ticket-history.repository';
import { auditSnapshot, toTicketDetail, toTicketSummary } from './ticket-view.util';
import { allowedTicketTransitions, isLegalTicketTransition, type TicketStatus } from './ticket-workflow.util';

export type TicketServiceDeps = {
  db: Database;
  clock: () => Date;
  /** Routing, SLA and agents' load (the module wires in `createTicketEngine`); the basic stand-in without it. */
  engine?: TicketEngine;
  /** Where customers reach the portal, for the links in satisfaction surveys. */
  portalUrl?: string;
};
export type ResolvedTicketDeps = TicketServiceDeps & { engine: TicketEngine };

export const resolveTicketDeps = (deps: TicketServiceDeps): ResolvedTicketDeps => ({
  ...deps,
  engine: deps.engine ?? createBasicTicketEngine(),
});

/** The signed-in user behind a write; ticket routes always authenticate. */
export function writer(actor: AuditActor): AuthenticatedUser {
  if (!actor.user) throw new AppError('authentication_required', 401, 'Sign in to change tickets');
  return actor.user;
}

const isCustomer = (user: AuthenticatedUser) => user.role === 'customer';

/** The ticket as its reader may see it, or undefined when it does not exist or belongs to another client. */
export async function loadTicketDetail(
  executor: Executor,
  id: number,
  viewer: AuthenticatedUser,
  now: Date,
  options: { justOpened?: boolean } = {},
): Promise<TicketDetailDto | undefined> {
  const row = await findTicketDetailRow(executor, id);
  if (!row || !canSeeClientRow(viewer, row.clientId)) return undefined;
  // Only a clock that has been running a while needs the calendar (its business time so far; a ticket just
  // opened has none), and customers see no SLA at all.
  const clocks = row.slaClocks ? [row.slaClocks.firstResponse, row.slaClocks.resolution] : [];
  const running = !options.justOpened && clocks.some((clock) => clock.runningSince && !clock.completedAt);
  const calendar =
    !isCustomer(viewer) && running && row.policyCalendarId !== null
      ? await findBusinessCalendar(executor, row.policyCalendarId)
      : undefined;
  return toTicketDetail(row, viewer, now, calendar);
}

export async function requireTicketDetail(
  executor: Executor,
  id: number,
  viewer: AuthenticatedUser,
  now: Date,
  options: { justOpened?: boolean } = {},
) {
  const detail = await loadTicketDetail(executor, id, viewer, now, options);
  if (!detail) throw notFound('ticket', id);
  return detail;
}

/** Locks the ticket for the rest of the transaction and checks the version the caller last read. */
export async function lockTicketForChange(
  tx: Executor,
  user: AuthenticatedUser,
  id: number,
  expectedVersion?: number,
): Promise<TicketRow> {
  const ticket = await requireVisibleTicket(tx, user, id, { lock: true });
  if (expectedVersion !== undefined && ticket.version !== expectedVersion) throw versionConflict('ticket');
  return ticket;
}

export const ticketClosed = (id: number, extensions: Record<string, unknown> = {}) =>
  new AppError('ticket_closed', 409, `Ticket ${id} is closed; open a new ticket instead`, extensions);

export function assertLegalTransition(ticket: TicketRow, to: TicketStatus) {
  if (!isLegalTicketTransition(ticket.status, to)) {
    throw new AppError('illegal_transition', 409, `A ${ticket.status} ticket cannot become ${to}`, {
      from: ticket.status,
      to,
      allowed: allowedTicketTransitions(ticket.status),
    });
  }
}

/**
 * The columns a move to `to` sets besides the status: resolving stamps the resolution, leaving resolved
 * undoes it and counts a reopen, closing stamps the close (and the resolution, when the ticket was never
 * resolved, unless `resolves` is false: a merged duplicate resolves nothing).
 */
export function statusColumns(
  before: TicketRow,
  to: TicketStatus,
  now: Date,
  options: { resolves?: boolean } = {},
): TicketChanges {
  const changes: TicketChanges = { status: to };
  if (to === 'resolved') changes.resolvedAt = now;
  if (before.status === 'resolved' && to !== 'closed') {
    changes.resolvedAt = null;
    changes.reopenCount = before.reopenCount + 1;
  }
  if (to === 'closed') {
    changes.closedAt = now;
    if (before.resolvedAt === null && options.resolves !== false) changes.resolvedAt = now;
  }
  return changes;
}

export type TicketStep = {
  actor: AuditActor;
  before: TicketRow;
  changes: TicketChanges;
  now: Date;
  /** Why the status changed (kept with the history entry and the event). */
  statusReason?: string | null;
  /** Facts besides status and priority changes, which `commitTicketChange` records itself. */
  history?: { kind: string; data?: Record<string, unknown> }[];
  events?: PendingEvent[];
};

const sameInstant = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

// What the engine keeps SLA clocks and agents' load in step with.
function engineShouldSee(before: TicketRow, after: TicketRow): boolean {
  return (
    before.status !== after.status ||
    before.priority !== after.priority ||
    before.categoryId !== after.categoryId ||
    before.reopenCount !== after.reopenCount ||
    !sameInstant(before.firstRespondedAt, after.firstRespondedAt) ||
    !sameInstant(before.resolvedAt, after.resolvedAt)
  );
}

/**
 * Writes a change to a locked ticket and everything that goes with it, in the caller's transaction: the row
 * (version moved on when a field changed), the engine's follow-up (SLA clocks, agents' load), the survey
 * when it becomes resolved, one history entry per fact and the matching domain events. Status and priority
 * changes are recorded here from the row itself; the step adds its other facts. Returns the row as it now is.
 */
export async function commitTicketChange(tx: Executor, deps: ResolvedTicketDeps, step: TicketStep) {
  const { actor, before, now } = step;
  const updated = await updateTicketRow(tx, before.id, step.changes, {
    now,
    bumpVersion: Object.keys(step.changes).length > 0,
  });
  const after = engineShouldSee(before, updated)
    ? await deps.engine.afterChange(tx, before, updated, actor)
    : updated;
  if (updated.status === 'resolved' && before.status !== 'resolved')
    await createSurveyForResolvedTicket(tx, after, actor, { portalUrl: deps.portalUrl, now });

  const history = [...(step.history ?? [])];
  const events = [...(step.events ?? [])];
  if (updated.status !== before.status) {
    const reason = step.statusReason ?? null;
    history.push({ kind: 'status_changed', data: { from: before.status, to: updated.status, reason } });
    events.push(
      pendingEvent(ticketStatusChanged, {
        aggregateId: before.id,
        actor,
        payload: { clientId: before.clientId, from: before.status, to: updated.status, reason },
      }),
    );
  }
  if (updated.priority !== before.priority) {
    const reason = updated.priorityReason;
    history.push({ kind: 'priority_changed', data: { from: before.priority, to: updated.priority, reason } });
    events.push(
      pendingEvent(ticketPriorityChanged, {
        aggregateId: before.id,
        actor,
        payload: { clientId: before.clientId, from: before.priority, to: updated.priority, reason },
      }),
    );
  }
  await appendTicketHistory(
    tx,
    history.map((entry) => ({ ticketId: before.id, actor, at: now, kind: entry.kind, data: entry.data })),
  );
  await recordEvents(tx, events);
  return after;
}

/** The audit entry of a change to a ticket, before and after. */
export function auditTicketChange(
  tx: Executor,
  actor: AuditActor,
  options: { action: string; before: TicketRow; after: TicketRow; extra?: Record<string, unknown> },
) {
  return recordAudit(tx, actor, {
    action: options.action,
    resource: 'ticket',
    resourceId: options.before.id,
    before: auditSnapshot(options.before),
    after: { ...auditSnapshot(options.after), ...options.extra },
  });
}

const eventFacts = (ticket: TicketRow) => ({
  clientId: ticket.clientId,
  priority: ticket.priority,
  status: ticket.status,
  assignedTo: ticket.assignedTo,
  queueId: ticket.queueId,
});

const invalid = (code: string, parameter: string, detail: string) =>
  new AppError(code, 400, detail, { errors: [{ parameter, message: detail }] });

/** The order a ticket may be about: one of the client's. Another client's order reads as missing. */
export async function requireClientOrder(
  executor: Executor,
  orderId: number,
  clientId: number,
): Promise<OrderReference> {
  const order = await findOrderReference(executor, orderId);
  if (!order || order.clientId !== clientId)
    throw invalid('order_not_found', 'body.orderId', `Order ${orderId} is not one of this client's orders`);
  return order;
}

/** Turns a broken foreign key of a ticket write into the problem naming the field. */
export function rethrowTicketReference(error: unknown, categoryId: number | null | undefined): never {
  const violation = constraintViolationOf(error, sqlState.foreignKeyViolation);
  if (violation?.constraint === 'tickets_category_id_ticket_categories_id_fk')
    throw invalid('category_not_found', 'body.categoryId', `Category ${categoryId} does not exist`);
  throw error;
}

/** A new ticket as the ticket service opens it, whoever asks: staff, a customer, a verified guest, the chat. */
export type OpenTicketInput = {
  client: ClientProfile;
  title: string;
  description: string;
  channel: TicketRow['channel'];
  categoryId?: number | null;
  order?: OrderReference | null;
  tags?: string[];
  requester: {
    userId?: number | null;
    contactId?: number | null;
    email?: string | null;
    /** Left out with `userId`: the account's name. */
    name?: string | null;
  };
  /** A person's priority instead of the classifier's. */
  manualPriority?: { priority: TicketRow['priority']; reason: string } | null;
};

/**
 * Opens a ticket in the caller's transaction: priority by the classifier (or the person's override), SLA
 * from the engine, inserted, history, routed to a queue and an agent, event and audit. Returns the row.
 */
export async function openTicket(
  tx: Executor,
  deps: ResolvedTicketDeps,
  input: OpenTicketInput,
  actor: AuditActor,
): Promise<TicketRow> {
  const { engine } = deps;
  const now = deps.clock();
  const start = await engine.startTicket(tx, {
    signals: {
      title: input.title,
      description: input.description,
      channel: input.channel,
      clientTier: input.client.tier,
      orderTotal: input.order?.totalAmount ?? null,
    },
    manualPriority: input.manualPriority,
    categoryId: input.categoryId ?? null,
    createdAt: now,
  });
  const inserted = await insertTicket(tx, {
    clientId: input.client.id,
    title: input.title,
    description: input.description,
    channel: input.channel,
    categoryId: input.categoryId ?? null,
    queueId: start.queueId,
    orderId: input.order?.id ?? null,
    tags: input.tags ?? [],
    requesterUserId: input.requester.userId ?? null,
    requesterContactId: input.requester.contactId ?? null,
    requesterEmail: input.requester.email ?? null,
    // A customer's own ticket takes their account's name unless they gave one.
    requesterName:
      input.requester.name !== undefined || !input.requester.userId
        ? (input.requester.name ?? null)
        : undefined,
    status: 'new',
    priority: start.priority,
    prioritySource: start.prioritySource,
    priorityReason: start.reasons.join('; '),
    ...start.sla,
    createdAt: now,
    updatedAt: now,
  }).catch((error: unknown) => rethrowTicketReference(error, input.categoryId));
  const routed = await engine.routeNew(tx, inserted, actor, {
    history: [
      {
        ticketId: inserted.id,
        kind: 'created',
        actor,
        at: now,
        data: {
          status: inserted.status,
          channel: inserted.channel,
          priority: inserted.priority,
          prioritySource: inserted.prioritySource,
          priorityReasons: start.reasons,
          categoryId: inserted.categoryId,
          orderId: inserted.orderId,
        },
      },
    ],
    events: (ticket) => [
      pendingEvent(ticketCreated, {
        aggregateId: ticket.id,
        actor,
        payload: { ...eventFacts(ticket), channel: ticket.channel, categoryId: ticket.categoryId },
      }),
    ],
    alongside: (ticket) => [
      auditRecord(tx, actor, {
        action: 'create',
        resource: 'ticket',
        resourceId: ticket.id,
        after: auditSnapshot(ticket),
      }),
    ],
  });
  return routed;
}

/** Tickets: opening, reading, the inbox views and editing; status changes live in the workflow service. */
export function createTicketService(options: TicketServiceDeps) {
  const deps = resolveTicketDeps(options);
  const { db, clock } = deps;

  async function requireClient(executor: Executor, clientId: number): Promise<ClientProfile> {
    const client = await findClientProfile(executor, clientId);
    if (!client) throw invalid('client_not_found', 'body.clientId', `Client ${clientId} does not exist`);
    if (client.archivedAt)
      throw new AppError(
        'client_archived',
        409,
        `${client.companyName} is archived and takes no new tickets`,
      );
    return client;
  }

  /** The body as a customer may send it, or the problem naming the fields only staff may set. */
  function assertCustomerFields(input: CreateTicketInput) {
    const refused = staffOnlyCreateFields.filter((field) => input[field] !== undefined);
    if (refused.length > 0) {
      throw new AppError('field_not_allowed', 400, `Customers cannot set ${refused.join(', ')}`, {
        errors: refused.map((field) => ({
          parameter: `body.${field}`,
          message: 'is set by the support team',
        })),
      });
    }
  }

  async function openForCustomer(
    tx: Executor,
    user: AuthenticatedUser,
    input: CreateTicketInput,
    actor: AuditActor,
  ) {
    assertCustomerFields(input);
    const clientId = customerClientScope(user) ?? 0;
    const client = await findClientProfile(tx, clientId);
    if (!client) throw new AppError('forbidden', 403, 'This account belongs to no client');
    return openTicket(
      tx,
      deps,
      {
        client,
        title: input.title,
        description: input.description,
        channel: 'portal',
        categoryId: input.categoryId,
        order: input.orderId ? await requireClientOrder(tx, input.orderId, client.id) : null,
        requester: { userId: user.id, email: user.email },
      },
      actor,
    );
  }

  async function openForStaff(tx: Executor, input: CreateTicketInput, actor: AuditActor) {
    const missing = (['clientId', 'channel'] as const).filter((field) => input[field] === undefined);
    if (missing.length > 0) {
      throw new AppError(
        'validation_failed',
        400,
        `Invalid ${missing.map((field) => `body.${field}`).join(', ')}`,
        {
          errors: missing.map((field) => ({
            parameter: `body.${field}`,
            message: field === 'channel' ? `one of ${ticketChannels.join(', ')}` : 'required',
          })),
        },
      );
    }
    if (input.priority !== undefined && input.priorityReason === undefined)
      throw invalid(
        'priority_reason_required',
        'body.priorityReason',
        'Say why when setting the priority by hand',
      );
    const client = await requireClient(tx, input.clientId as number);
    const contact = input.requesterContactId
      ? await findClientContact(tx, client.id, input.requesterContactId)
      : undefined;
    if (input.requesterContactId && !contact)
      throw invalid(
        'contact_not_found',
        'body.requesterContactId',
        `Contact ${input.requesterContactId} is not a contact of ${client.companyName}`,
      );
    return openTicket(
      tx,
      deps,
      {
        client,
        title: input.title,
        description: input.description,
        channel: input.channel as TicketRow['channel'],
        categoryId: input.categoryId,
        order: input.orderId ? await requireClientOrder(tx, input.orderId, client.id) : null,
        tags: input.tags,
        requester: {
          contactId: contact?.id ?? null,
          email: input.requesterEmail ?? contact?.email ?? null,
          name: input.requesterName ?? contact?.name ?? null,
        },
        manualPriority:
          input.priority && input.priorityReason
            ? { priority: input.priority, reason: input.priorityReason }
            : null,
      },
      actor,
    );
  }

  /** The list request a query makes for this viewer: customers see their client's tickets, whatever they ask. */
  async function listRequest(
    user: AuthenticatedUser,
    query: TicketListQuery,
  ): Promise<TicketListRequest | null> {
    const scope = customerClientScope(user);
    const view = scope === undefined ? query.view : 'all';
    if (view === 'queue' && query.queueId === undefined)
      throw invalid('queue_required', 'querystring.queueId', 'The queue view needs a queueId');
    if (view !== 'breaching' && query.sort === 'dueAt')
      throw invalid('invalid_sort', 'querystring.sort', 'Only the breaching view sorts by dueAt');
    const sort: TicketSort =
      view === 'breaching' ? 'dueAt' : (query.sort ?? (view === 'unassigned' ? 'createdAt' : '-updatedAt'));
    let assignedTo = query.assignedTo;
    if (view === 'mine' || assignedTo === 'me') {
      const employee = await findEmployeeByUserId(db, user.id);
      // Someone who is not an employee has nothing assigned to them.
      if (!employee) return null;
      assignedTo = employee.id;
    }
    return {
      view,
      sort,
      limit: query.limit,
      cursor: query.cursor,
      statuses: query.status,
      priorities: query.priority,
      clientId: scope ?? query.clientId,
      assignedTo: assignedTo as number | undefined,
      queueId: query.queueId,
      categoryId: query.categoryId,
      tag: query.tag,
      channel: query.channel,
      q: query.q,
    };
  }

  /** The facts a PATCH changes, as columns, history entries and the names of the changed fields. */
  async function plannedUpdate(tx: Executor, before: TicketRow, input: UpdateTicketInput) {
    const changes: TicketChanges = {};
    const history: { kind: string; data?: Record<string, unknown> }[] = [];
    const changed: string[] = [];
    if (input.title !== undefined && input.title !== before.title) {
      changes.title = input.title;
      history.push({ kind: 'title_changed', data: { from: before.title, to: input.title } });
      changed.push('title');
    }
    if (input.description !== undefined && input.description !== before.description) {
      changes.description = input.description;
      history.push({ kind: 'description_changed' });
      changed.push('description');
    }
    if (input.categoryId !== undefined && input.categoryId !== before.categoryId) {
      changes.categoryId = input.categoryId;
      history.push({ kind: 'category_changed', data: { from: before.categoryId, to: input.categoryId } });
      changed.push('categoryId');
    }
    if (input.tags !== undefined) {
      const added = input.tags.filter((tag) => !before.tags.includes(tag));
      const removed = before.tags.filter((tag) => !input.tags?.includes(tag));
      if (added.length > 0 || removed.length > 0) {
        changes.tags = input.tags;
        history.push({ kind: 'tags_changed', data: { added, removed } });
        changed.push('tags');
      }
    }
    if (input.orderId !== undefined && input.orderId !== before.orderId) {
      if (input.orderId !== null) await requireClientOrder(tx, input.orderId, before.clientId);
      changes.orderId = input.orderId;
      history.push({ kind: 'order_linked', data: { from: before.orderId, to: input.orderId } });
      changed.push('orderId');
    }
    if (input.priority !== undefined && input.priority !== before.priority) {
      if (!input.priorityReason)
        throw invalid('priority_reason_required', 'body.priorityReason', 'Say why the priority changes');
      // The history entry and event come from commitTicketChange, as for every priority change.
      changes.priority = input.priority;
      changes.prioritySource = 'manual';
      changes.priorityReason = input.priorityReason;
    }
    return { changes, history, changed };
  }

  /** Applies a PATCH to the locked ticket; nothing changes (and nothing is recorded) when nothing differs. */
  async function applyUpdate(tx: Executor, actor: AuditActor, before: TicketRow, input: UpdateTicketInput) {
    if (before.status === 'closed') throw ticketClosed(before.id);
    const { changes, history, changed } = await plannedUpdate(tx, before, input);
    if (Object.keys(changes).length === 0) return before;
    const after = await commitTicketChange(tx, deps, {
      actor,
      before,
      changes,
      now: clock(),
      history,
      events:
        changed.length > 0
          ? [
              pendingEvent(ticketUpdated, {
                aggregateId: before.id,
                actor,
                payload: { ...eventFacts({ ...before, ...changes } as TicketRow), changedFields: changed },
              }),
            ]
          : [],
    }).catch((error: unknown) => rethrowTicketReference(error, input.categoryId));
    await auditTicketChange(tx, actor, { action: 'update', before, after });
    return after;
  }

  return {
    async listTickets(user: AuthenticatedUser, query: TicketListQuery): Promise<Page<TicketSummaryDto>> {
      const request = await listRequest(user, query);
      if (!request) return { items: [], nextCursor: null };
      const page = await findTicketSummaries(db, request);
      const now = clock();
      return { items: page.items.map((row) => toTicketSummary(row, user, now)), nextCursor: page.nextCursor };
    },

    // Another client's ticket is reported as missing, so ids cannot be probed.
    getTicket: (user: AuthenticatedUser, id: number) => requireTicketDetail(db, id, user, clock()),

    /** Staff open tickets for any client; a customer for its own, from the portal, as the requester. */
    async createTicket(actor: AuditActor, input: CreateTicketInput): Promise<TicketDetailDto> {
      const user = writer(actor);
      return db.transaction(async (tx) => {
        const ticket = isCustomer(user)
          ? await openForCustomer(tx, user, input, actor)
          : await openForStaff(tx, input, actor);
        return requireTicketDetail(tx, ticket.id, user, ticket.createdAt, { justOpened: true });
      });
    },

    async updateTicket(actor: AuditActor, id: number, input: UpdateTicketInput, expectedVersion?: number) {
      const user = writer(actor);
      return db.transaction(async (tx) => {
        const before = await lockTicketForChange(tx, user, id, expectedVersion);
        await applyUpdate(tx, actor, before, input);
        return requireTicketDetail(tx, id, user, clock());
      });
    },

    /** Adds one tag (a bulk action); a tag the ticket already has changes nothing. */
    async addTag(actor: AuditActor, id: number, tag: string) {
      const user = writer(actor);
      return db.transaction(async (tx) => {
        const before = await lockTicketForChange(tx, user, id);
        await applyUpdate(tx, actor, before, { tags: [...new Set([...before.tags, tag])] });
        return requireTicketDetail(tx, id, user, clock());
      });
    },

    async listHistory(
      user: AuthenticatedUser,
      id: number,
      query: { limit: number; cursor?: string },
    ): Promise<Page<TicketHistoryRow>> {
      await requireVisibleTicket(db, user, id);
      return findTicketHistory(db, id, query);
    },
  };
}
