import { and, asc, desc, eq, ilike, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { containsPattern, planKeyset } from '../../platform/db/keyset';
import { preparedQuery, reusableStatement } from '../../platform/db/prepared';
import { AppError } from '../../platform/http/errors';
import type { Page } from '../../platform/http/pagination';
import { clients } from '../clients';
import { users } from '../identity';
import { orders } from '../orders';
import { employees } from '../workforce';
import type { BusinessCalendar } from './business-calendar.util';
import type { TicketSort, TicketView } from './dto';
import {
  businessCalendars,
  businessHolidays,
  slaPolicies,
  ticketCategories,
  ticketEvents,
  ticketQueues,
  ticketSettings,
  ticketSlaChecks,
  tickets,
} from './schema';
import type { SlaMarkers } from './sla-check.repository';
import type { SlaColumns, TicketRow } from './ticket-engine';
import type { TicketStatus } from './ticket-workflow.util';

export type { TicketRow };
export type NewTicket = Omit<typeof tickets.$inferInsert, 'id' | 'version'>;
export type TicketChanges = Partial<Omit<typeof tickets.$inferInsert, 'id' | 'version' | 'createdAt'>>;

/** The reopen window when support settings were never saved. */
export const DEFAULT_REOPEN_WINDOW_HOURS = 168;

// ---------------------------------------------------------------------------------------------------------
// Writes

/** A new ticket: every column the ticket service sets (the rest take their defaults). */
export type NewTicketValues = Required<
  Pick<
    NewTicket,
    | 'clientId'
    | 'title'
    | 'description'
    | 'channel'
    | 'categoryId'
    | 'queueId'
    | 'orderId'
    | 'tags'
    | 'requesterUserId'
    | 'requesterContactId'
    | 'requesterEmail'
    | 'status'
    | 'priority'
    | 'prioritySource'
    | 'priorityReason'
    | keyof SlaColumns
    | 'createdAt'
    | 'updatedAt'
  >
> & {
  /** Undefined: the name of the requester's account, read by the insert itself. */
  requesterName: string | null | undefined;
};

// The placeholders carry driver values (encoded by `insertTicket`): drizzle would hand a placeholder's null to
// a column's encoder, which does not expect one.
const placeholder = (name: keyof NewTicketValues, type: string) =>
  sql`${sql.placeholder(name)}::${sql.raw(type)}`;

// Every new ticket goes through it: built once, parsed once per connection.
const ticketInsert = reusableStatement('tickets_insert', (executor) =>
  executor
    .insert(tickets)
    .values({
      clientId: placeholder('clientId', 'int'),
      title: placeholder('title', 'varchar'),
      description: placeholder('description', 'text'),
      channel: placeholder('channel', 'varchar'),
      categoryId: placeholder('categoryId', 'int'),
      queueId: placeholder('queueId', 'int'),
      orderId: placeholder('orderId', 'int'),
      tags: placeholder('tags', 'text[]'),
      requesterUserId: placeholder('requesterUserId', 'int'),
      requesterContactId: placeholder('requesterContactId', 'int'),
      requesterEmail: placeholder('requesterEmail', 'varchar'),
      requesterName: sql`case when ${sql.placeholder('requesterNameGiven')}::boolean
        then ${sql.placeholder('requesterName')}::varchar
        else (select coalesce(${users.name}, ${users.email}) from ${users}
          where ${users.id} = ${sql.placeholder('requesterUserId')}::int) end`,
      status: placeholder('status', 'varchar'),
      priority: placeholder('priority', 'varchar'),
      prioritySource: placeholder('prioritySource', 'varchar'),
      priorityReason: placeholder('priorityReason', 'text'),
      slaPolicyId: placeholder('slaPolicyId', 'int'),
      slaClocks: placeholder('slaClocks', 'text::jsonb'),
      firstResponseWarnAt: placeholder('firstResponseWarnAt', 'text::timestamptz'),
      firstResponseDueAt: placeholder('firstResponseDueAt', 'text::timestamptz'),
      resolutionWarnAt: placeholder('resolutionWarnAt', 'text::timestamptz'),
      resolutionDueAt: placeholder('resolutionDueAt', 'text::timestamptz'),
      createdAt: placeholder('createdAt', 'text::timestamptz'),
      updatedAt: placeholder('updatedAt', 'text::timestamptz'),
    } as unknown as NewTicket)
    .returning()
    .prepare('tickets_insert'),
);

const instant = (value: Date | null | undefined) => value?.toISOString() ?? null;

/** Inserts a ticket. */
export async function insertTicket(executor: Executor, values: NewTicketValues): Promise<TicketRow> {
  const [row] = await ticketInsert(executor).execute({
    ...values,
    slaClocks: values.slaClocks === null ? null : JSON.stringify(values.slaClocks),
    firstResponseWarnAt: instant(values.firstResponseWarnAt),
    firstResponseDueAt: instant(values.firstResponseDueAt),
    resolutionWarnAt: instant(values.resolutionWarnAt),
    resolutionDueAt: instant(values.resolutionDueAt),
    createdAt: instant(values.createdAt),
    updatedAt: instant(values.updatedAt),
    requesterNameGiven: values.requesterName !== undefined,
    requesterName: values.requesterName ?? null,
  });
  if (!row) throw new Error('insert into tickets returned no row');
  return row;
}

/**
 * Writes the changes and stamps the ticket as updated; with `bumpVersion` (any change of its fields) the
 * version moves on too, so a stale If-Match no longer matches. A reply alone leaves the version as it was.
 */
export async function updateTicketRow(
  executor: Executor,
  id: number,
  changes: TicketChanges,
  options: { now: Date; bumpVersion: boolean },
): Promise<TicketRow> {
  const [row] = await executor
    .update(tickets)
    .set({
      ...changes,
      updatedAt: options.now,
      ...(options.bumpVersion ? { version: sql`${tickets.version} + 1` } : {}),
    })
    .where(eq(tickets.id, id))
    .returning();
  if (!row) throw new Error(`ticket ${id} vanished while locked`);
  return row;
}

// ---------------------------------------------------------------------------------------------------------
// Reads: one ticket

const stamp = (value: string | null) => (value === null ? null : new Date(value));

// A subquery, not a join: one more relation in these joins made planning them cost 4 ms more than running them.
// Never null (drizzle hands no null to a decoder): a ticket without a check row has no markers.
const slaMarkers = sql<SlaMarkers>`coalesce((select json_build_array(c.first_response_warned_at,
    c.first_response_breached_at, c.resolution_warned_at, c.resolution_breached_at)
  from ${ticketSlaChecks} c where c.ticket_id = ${tickets.id}), '[]'::json)`.mapWith(
  (value: string | (string | null)[] | null) => {
    const [
      firstResponseWarnedAt = null,
      firstResponseBreachedAt = null,
      resolutionWarnedAt = null,
      resolutionBreachedAt = null,
    ] = (typeof value === 'string' ? JSON.parse(value) : value) ?? [];
    return {
      firstResponseWarnedAt: stamp(firstResponseWarnedAt),
      firstResponseBreachedAt: stamp(firstResponseBreachedAt),
      resolutionWarnedAt: stamp(resolutionWarnedAt),
      resolutionBreachedAt: stamp(resolutionBreachedAt),
    } satisfies SlaMarkers;
  },
);

const summaryFields = {
  id: tickets.id,
  title: tickets.title,
  status: tickets.status,
  priority: tickets.priority,
  channel: tickets.channel,
  clientId: tickets.clientId,
  clientName: clients.companyName,
  assignedTo: tickets.assignedTo,
  assigneeName: employees.name,
  queueId: tickets.queueId,
  queueName: ticketQueues.name,
  categoryId: tickets.categoryId,
  categoryName: ticketCategories.name,
  tags: tickets.tags,
  requesterName: tickets.requesterName,
  requesterEmail: tickets.requesterEmail,
  createdAt: tickets.createdAt,
  updatedAt: tickets.updatedAt,
  firstRespondedAt: tickets.firstRespondedAt,
  resolvedAt: tickets.resolvedAt,
  slaClocks: tickets.slaClocks,
  firstResponseDueAt: tickets.firstResponseDueAt,
  resolutionDueAt: tickets.resolutionDueAt,
  firstResponseWarnAt: tickets.firstResponseWarnAt,
  resolutionWarnAt: tickets.resolutionWarnAt,
  slaMarkers,
};

const detailFields = {
  ...summaryFields,
  description: tickets.description,
  orderId: tickets.orderId,
  orderTotal: orders.totalAmount,
  orderCurrency: orders.currency,
  requesterUserId: tickets.requesterUserId,
  requesterContactId: tickets.requesterContactId,
  prioritySource: tickets.prioritySource,
  priorityReason: tickets.priorityReason,
  assignedAt: tickets.assignedAt,
  mergedIntoId: tickets.mergedIntoId,
  reopenCount: tickets.reopenCount,
  closedAt: tickets.closedAt,
  version: tickets.version,
  slaPolicyId: tickets.slaPolicyId,
  policyName: slaPolicies.name,
  policyCalendarId: slaPolicies.calendarId,
};

function selectSummaries(executor: Executor) {
  return executor
    .select(summaryFields)
    .from(tickets)
    .innerJoin(clients, eq(clients.id, tickets.clientId))
    .leftJoin(employees, eq(employees.id, tickets.assignedTo))
    .leftJoin(ticketQueues, eq(ticketQueues.id, tickets.queueId))
    .leftJoin(ticketCategories, eq(ticketCategories.id, tickets.categoryId));
}
export type TicketSummaryRow = Awaited<ReturnType<typeof selectSummaries>>[number];

function selectDetail(executor: Executor) {
  return executor
    .select(detailFields)
    .from(tickets)
    .innerJoin(clients, eq(clients.id, tickets.clientId))
    .leftJoin(employees, eq(employees.id, tickets.assignedTo))
    .leftJoin(ticketQueues, eq(ticketQueues.id, tickets.queueId))
    .leftJoin(ticketCategories, eq(ticketCategories.id, tickets.categoryId))
    .leftJoin(orders, eq(orders.id, tickets.orderId))
    .leftJoin(slaPolicies, eq(slaPolicies.id, tickets.slaPolicyId));
}
export type TicketDetailRow = Awaited<ReturnType<typeof selectDetail>>[number];

/** The ticket with the names and the related order an answer shows. */
export async function findTicketDetailRow(
  executor: Executor,
  id: number,
): Promise<TicketDetailRow | undefined> {
  const [row] = await ticketDetailById(executor).execute({ id });
  return row;
}

// Read after every change and on every ticket page: built once, bound to each transaction.
const ticketDetailById = reusableStatement('tickets_detail_by_id', (executor) =>
  selectDetail(executor)
    .where(eq(tickets.id, sql.placeholder('id')))
    .prepare('tickets_detail_by_id'),
);

/** A business calendar with its holidays, as the SLA clock maths takes it. */
export async function findBusinessCalendar(
  executor: Executor,
  calendarId: number,
): Promise<BusinessCalendar | undefined> {
  const [calendar] = await executor
    .select({ timeZone: businessCalendars.timeZone, week: businessCalendars.week })
    .from(businessCalendars)
    .where(eq(businessCalendars.id, calendarId));
  if (!calendar) return undefined;
  const holidays = await executor
    .select({ day: businessHolidays.day })
    .from(businessHolidays)
    .where(eq(businessHolidays.calendarId, calendarId));
  return {
    timeZone: calendar.timeZone,
    week: calendar.week as BusinessCalendar['week'],
    holidays: new Set(holidays.map((holiday) => holiday.day)),
  };
}

/** How long after resolution a customer's reply still reopens the ticket. */
export async function findReopenWindowHours(executor: Executor): Promise<number> {
  const [row] = await executor
    .select({ hours: ticketSettings.reopenWindowHours })
    .from(ticketSettings)
    .where(eq(ticketSettings.id, 1));
  return row?.hours ?? DEFAULT_REOPEN_WINDOW_HOURS;
}

// ---------------------------------------------------------------------------------------------------------
// Reads: the inbox

/** A list request with its view and customer scope already settled by the service. */
export type TicketListRequest = {
  view: TicketView;
  sort: TicketSort;
  limit: number;
  cursor?: string;
  statuses?: TicketStatus[];
  priorities?: TicketRow['priority'][];
  clientId?: number;
  assignedTo?: number;
  queueId?: number;
  categoryId?: number;
  tag?: string;
  channel?: TicketRow['channel'];
  q?: string;
};

// The statuses of the partial indexes, written exactly as their predicates so the planner can use them:
// `working` is tickets_assignee_active_idx's (an agent's open work, pending included), `active` the SLA and
// unassigned indexes' (the clock runs).
const workingStatuses = ['new', 'open', 'pending', 'on_hold'] as const;
const activeStatuses = ['new', 'open', 'on_hold'] as const;
const workingPredicate = sql`${tickets.status} in ('new', 'open', 'pending', 'on_hold')`;
const activePredicate = sql`${tickets.status} in ('new', 'open', 'on_hold')`;
// tickets_due_idx and tickets_assignee_due_idx's expression.
const nextDueAt = sql`least(${tickets.firstResponseDueAt}, ${tickets.resolutionDueAt})`;

type ListFilter =
  | 'statuses'
  | 'priorities'
  | 'clientId'
  | 'assignedTo'
  | 'queueId'
  | 'categoryId'
  | 'tag'
  | 'channel'
  | 'q';
// Each filter with the letter it adds to the prepared statement's name.
const filterLetters: Record<ListFilter, string> = {
  statuses: 's',
  priorities: 'p',
  clientId: 'c',
  assignedTo: 'a',
  queueId: 'u',
  categoryId: 'g',
  tag: 't',
  channel: 'h',
  q: 'q',
};

type ListShape = {
  view: TicketView;
  sort: TicketSort;
  afterCursor: boolean;
  /** Which index predicate the statement repeats: the view's, or none. */
  statusPredicate: 'working' | 'active' | 'none';
  filters: Record<ListFilter, boolean>;
};

const subsetOf = (values: readonly string[] | undefined, of: readonly string[]) =>
  values?.every((value) => of.includes(value)) ?? false;

function statusPredicateOf(request: TicketListRequest): ListShape['statusPredicate'] {
  switch (request.view) {
    case 'breaching':
    case 'unassigned':
      return 'active';
    case 'mine':
    case 'queue':
      // Asked for finished tickets too: the view's index cannot serve them, so the predicate would only hide them.
      return request.statuses === undefined || subsetOf(request.statuses, workingStatuses)
        ? 'working'
        : 'none';
    default:
      // An inbox filtered to working statuses still reads through the partial index.
      return subsetOf(request.statuses, activeStatuses)
        ? 'active'
        : subsetOf(request.statuses, workingStatuses)
          ? 'working'
          : 'none';
  }
}

/**
 * One page of tickets. Each view's statement names its partial index's predicate and sort expression
 * literally, so the planner walks that index and stops after a page whatever the table's size. Statements
 * are prepared once per shape (view, sort, cursor, filters present), values as placeholders.
 */
export async function findTicketSummaries(
  executor: Executor,
  request: TicketListRequest,
): Promise<Page<TicketSummaryRow>> {
  const shape: ListShape = {
    view: request.view,
    sort: request.sort,
    afterCursor: request.cursor !== undefined,
    statusPredicate: statusPredicateOf(request),
    filters: {
      statuses: request.statuses !== undefined,
      priorities: request.priorities !== undefined,
      clientId: request.clientId !== undefined,
      assignedTo: request.assignedTo !== undefined,
      queueId: request.queueId !== undefined,
      categoryId: request.categoryId !== undefined,
      tag: request.tag !== undefined,
      channel: request.channel !== undefined,
      q: request.q !== undefined,
    },
  };
  const after = request.cursor ? decodeCursor(request.cursor, request.sort) : undefined;
  const name = listStatementName(shape);
  const statement = preparedQuery(executor, name, (db) => buildListStatement(db, shape).prepare(name));
  const rows = await statement.execute({
    fetch: request.limit + 1,
    afterValue: after?.value,
    afterId: after?.id,
    statuses: request.statuses,
    priorities: request.priorities,
    clientId: request.clientId,
    assignedTo: request.assignedTo,
    queueId: request.queueId,
    categoryId: request.categoryId,
    tag: request.tag === undefined ? undefined : [request.tag],
    channel: request.channel,
    q: request.q === undefined ? undefined : containsPattern(request.q),
  });
  const items = rows.slice(0, request.limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > request.limit && last
      ? encodeCursor(request.sort, sortValueOf(last, request.sort), last.id)
      : null;
  return { items, nextCursor };
}

function listStatementName(shape: ListShape): string {
  const letters = (Object.keys(filterLetters) as ListFilter[])
    .filter((filter) => shape.filters[filter])
    .map((filter) => filterLetters[filter])
    .join('');
  const sort = shape.sort.replace('-', 'd_');
  return `tickets_list_${shape.view}_${sort}_${shape.statusPredicate}_${shape.afterCursor ? 'k' : ''}${letters}`;
}

function buildListStatement(executor: Executor, shape: ListShape) {
  const placeholder = sql.placeholder;
  const { filters } = shape;
  const view: SQL[] = [];
  if (shape.view === 'mine' || (shape.view === 'breaching' && filters.assignedTo))
    view.push(eq(tickets.assignedTo, placeholder('assignedTo')));
  if (shape.view === 'unassigned') view.push(isNull(tickets.assignedTo));
  if (shape.view === 'breaching') view.push(sql`${nextDueAt} is not null`);
  if (shape.statusPredicate === 'working') view.push(workingPredicate);
  if (shape.statusPredicate === 'active') view.push(activePredicate);
  const assigneeInView = shape.view === 'mine' || shape.view === 'breaching';
  return selectSummaries(executor)
    .where(
      and(
        ...view,
        shape.afterCursor ? keysetAfter(shape.sort) : undefined,
        filters.statuses ? sql`${tickets.status} = any(${placeholder('statuses')}::varchar[])` : undefined,
        filters.priorities
          ? sql`${tickets.priority} = any(${placeholder('priorities')}::varchar[])`
          : undefined,
        filters.clientId ? eq(tickets.clientId, placeholder('clientId')) : undefined,
        filters.assignedTo && !assigneeInView ? eq(tickets.assignedTo, placeholder('assignedTo')) : undefined,
        filters.queueId ? eq(tickets.queueId, placeholder('queueId')) : undefined,
        filters.categoryId ? eq(tickets.categoryId, placeholder('categoryId')) : undefined,
        filters.tag ? sql`${tickets.tags} @> ${placeholder('tag')}::text[]` : undefined,
        filters.channel ? eq(tickets.channel, placeholder('channel')) : undefined,
        filters.q ? ilike(tickets.title, placeholder('q')) : undefined,
      ),
    )
    .orderBy(...orderOf(shape.sort))
    .limit(placeholder('fetch'));
}

function sortExpression(sort: TicketSort): SQL {
  if (sort === 'dueAt') return nextDueAt;
  return sort.endsWith('createdAt') ? sql`${tickets.createdAt}` : sql`${tickets.updatedAt}`;
}

function orderOf(sort: TicketSort): SQL[] {
  const direction = sort.startsWith('-') ? desc : asc;
  return [direction(sortExpression(sort)), direction(tickets.id)];
}

// Rows after the cursor's (sort value, id), as the index orders them.
function keysetAfter(sort: TicketSort): SQL {
  const comparison = sql.raw(sort.startsWith('-') ? '<' : '>');
  return sql`(${sortExpression(sort)}, ${tickets.id}) ${comparison} (${sql.placeholder('afterValue')}::timestamptz, ${sql.placeholder('afterId')})`;
}

function sortValueOf(row: TicketSummaryRow, sort: TicketSort): Date {
  if (sort === 'dueAt') {
    const instants = [row.firstResponseDueAt, row.resolutionDueAt].filter(
      (value): value is Date => value !== null,
    );
    // The breaching view only lists tickets with a deadline.
    return new Date(Math.min(...instants.map((instant) => instant.getTime())));
  }
  return sort.endsWith('createdAt') ? row.createdAt : row.updatedAt;
}

const invalidCursor = () =>
  new AppError(
    'invalid_cursor',
    400,
    'Invalid cursor: pass back the nextCursor of a list with the same sort',
    {
      errors: [{ parameter: 'querystring.cursor', message: 'not a cursor for this list and sort' }],
    },
  );

function encodeCursor(sort: TicketSort, value: Date, id: number): string {
  return Buffer.from(JSON.stringify([sort, value.toISOString(), id])).toString('base64url');
}

function decodeCursor(encoded: string, sort: TicketSort): { value: string; id: number } {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(decoded) || decoded.length !== 3) throw invalidCursor();
  const [cursorSort, value, id] = decoded as unknown[];
  if (cursorSort !== sort || typeof value !== 'string' || Number.isNaN(Date.parse(value)))
    throw invalidCursor();
  if (!Number.isSafeInteger(id) || (id as number) < 0 || (id as number) > 2_147_483_647)
    throw invalidCursor();
  return { value, id: id as number };
}

// ---------------------------------------------------------------------------------------------------------
// Reads: history

export type TicketHistoryRow = {
  id: number;
  kind: string;
  actorName: string;
  data: Record<string, unknown>;
  createdAt: Date;
};

/** A ticket's history, newest first, with who did each thing named from their account. */
export async function findTicketHistory(
  executor: Executor,
  ticketId: number,
  request: { limit: number; cursor?: string },
): Promise<Page<TicketHistoryRow>> {
  const plan = planKeyset(
    { sort: '-id', limit: request.limit, cursor: request.cursor },
    { columns: {}, id: ticketEvents.id },
  );
  const rows = await executor
    .select({
      id: ticketEvents.id,
      kind: ticketEvents.kind,
      actorName: sql<string>`coalesce(${users.name}, ${users.email}, ${ticketEvents.actorName}, 'System')`,
      data: ticketEvents.data,
      createdAt: ticketEvents.createdAt,
    })
    .from(ticketEvents)
    .leftJoin(users, eq(users.id, ticketEvents.actorUserId))
    .where(and(eq(ticketEvents.ticketId, ticketId), plan.where))
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  return plan.toPage(rows);
}

/** The tickets' ids that exist, of those asked for (bulk actions report the others as missing). */
export async function findExistingTicketIds(
  executor: Executor,
  ids: readonly number[],
): Promise<Set<number>> {
  const rows = await executor
    .select({ id: tickets.id })
    .from(tickets)
    .where(inArray(tickets.id, [...ids]));
  return new Set(rows.map((row) => row.id));
}
