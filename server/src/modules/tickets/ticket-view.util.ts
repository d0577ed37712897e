import { roleHasPermission } from '../../platform/auth/permissions';
import type { AuthenticatedUser } from '../../platform/auth/tokens';
import { alwaysOpenCalendar, type BusinessCalendar, businessMillisBetween } from './business-calendar.util';
import type { SlaState, TicketDetailDto, TicketSummaryDto } from './dto';
import type { SlaClock } from './sla-clock.util';
import type { TicketDetailRow, TicketRow, TicketSummaryRow } from './ticket.repository';
import { allowedTicketTransitions, type TicketStatus } from './ticket-workflow.util';

const MINUTE_MS = 60_000;

// Clocks come back from jsonb with their instants as strings.
const instant = (value: Date | string | null | undefined): Date | null =>
  value === null || value === undefined ? null : new Date(value);

type TargetColumns = {
  dueAt: Date | null;
  warnAt: Date | null;
  warnedAt: Date | null;
  breachedAt: Date | null;
};

/**
 * Where one SLA target stands, from the ticket's columns alone (no calendar maths): the due and warning
 * instants are kept current by the engine and are null while the clock is paused or done.
 */
export function targetState(clock: SlaClock | undefined, columns: TargetColumns, now: Date): SlaState {
  if (!clock) return 'none';
  if (clock.completedAt) return clock.elapsedMs <= clock.targetMs ? 'met' : 'missed';
  if (columns.breachedAt || clock.elapsedMs >= clock.targetMs) return 'breached';
  if (columns.dueAt && now.getTime() >= columns.dueAt.getTime()) return 'breached';
  if (!clock.runningSince) return 'paused';
  if (columns.warnedAt || (columns.warnAt && now.getTime() >= columns.warnAt.getTime())) return 'warning';
  return 'running';
}

/** The two targets as one state: the worse of them while work goes on, met or missed once resolved. */
export function overallSlaState(firstResponse: SlaState, resolution: SlaState): SlaState {
  if (resolution === 'none') return 'none';
  const missedAny = [firstResponse, resolution].some((state) => state === 'missed' || state === 'breached');
  if (resolution === 'met' || resolution === 'missed') return missedAny ? 'missed' : 'met';
  if (missedAny) return 'breached';
  if (firstResponse === 'warning' || resolution === 'warning') return 'warning';
  if (resolution === 'paused') return 'paused';
  return 'running';
}

type SlaColumns = Pick<
  TicketSummaryRow,
  | 'slaClocks'
  | 'firstResponseDueAt'
  | 'resolutionDueAt'
  | 'firstResponseWarnAt'
  | 'resolutionWarnAt'
  | 'slaMarkers'
>;

function targetStates(row: SlaColumns, now: Date) {
  const firstResponse = targetState(
    row.slaClocks?.firstResponse,
    {
      dueAt: row.firstResponseDueAt,
      warnAt: row.firstResponseWarnAt,
      warnedAt: row.slaMarkers.firstResponseWarnedAt,
      breachedAt: row.slaMarkers.firstResponseBreachedAt,
    },
    now,
  );
  const resolution = targetState(
    row.slaClocks?.resolution,
    {
      dueAt: row.resolutionDueAt,
      warnAt: row.resolutionWarnAt,
      warnedAt: row.slaMarkers.resolutionWarnedAt,
      breachedAt: row.slaMarkers.resolutionBreachedAt,
    },
    now,
  );
  return { firstResponse, resolution, overall: overallSlaState(firstResponse, resolution) };
}

const isCustomer = (viewer: AuthenticatedUser) => viewer.role === 'customer';

/** A list row as its reader may see it: customers get no assignment internals and no SLA. */
export function toTicketSummary(
  row: TicketSummaryRow,
  viewer: AuthenticatedUser,
  now: Date,
): TicketSummaryDto {
  const customer = isCustomer(viewer);
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    priority: row.priority,
    channel: row.channel,
    clientId: row.clientId,
    clientName: row.clientName,
    assignedTo: customer ? null : row.assignedTo,
    assigneeName: row.assigneeName,
    queueId: customer ? null : row.queueId,
    queueName: customer ? null : row.queueName,
    categoryId: row.categoryId,
    categoryName: row.categoryName,
    tags: row.tags,
    requesterName: row.requesterName,
    requesterEmail: row.requesterEmail,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    firstRespondedAt: row.firstRespondedAt,
    resolvedAt: row.resolvedAt,
    sla: customer
      ? null
      : {
          firstResponseDueAt: row.firstResponseDueAt,
          resolutionDueAt: row.resolutionDueAt,
          state: targetStates(row, now).overall,
        },
  };
}

/**
 * The statuses the viewer may move the ticket to: staff who work tickets follow the workflow; everyone else
 * (customers, sales) may only close it.
 */
export function allowedTransitionsFor(viewer: AuthenticatedUser, status: TicketStatus): TicketStatus[] {
  if (roleHasPermission(viewer.role, 'tickets:write')) return [...allowedTicketTransitions(status)];
  return status === 'closed' ? [] : ['closed'];
}

function targetDetail(
  clock: SlaClock | undefined,
  columns: TargetColumns,
  state: SlaState,
  calendar: BusinessCalendar,
  now: Date,
) {
  if (!clock) return null;
  const runningSince = instant(clock.runningSince);
  const elapsedMs =
    clock.elapsedMs +
    (runningSince && !clock.completedAt ? businessMillisBetween(calendar, runningSince, now) : 0);
  return {
    dueAt: columns.dueAt,
    warnAt: columns.warnAt,
    state,
    targetMinutes: Math.round(clock.targetMs / MINUTE_MS),
    elapsedBusinessMinutes: Math.floor(elapsedMs / MINUTE_MS),
    completedAt: instant(clock.completedAt),
    breachedAt: columns.breachedAt,
  };
}

/**
 * The whole ticket as its reader may see it. Customers get none of the internals: no priority reason, no
 * SLA, no assignment details. `calendar` is the SLA policy's (round the clock when it has none).
 */
export function toTicketDetail(
  row: TicketDetailRow,
  viewer: AuthenticatedUser,
  now: Date,
  calendar: BusinessCalendar = alwaysOpenCalendar(),
): TicketDetailDto {
  const customer = isCustomer(viewer);
  const summary = toTicketSummary(row, viewer, now);
  const states = targetStates(row, now);
  const firstResponseColumns = {
    dueAt: row.firstResponseDueAt,
    warnAt: row.firstResponseWarnAt,
    warnedAt: row.slaMarkers.firstResponseWarnedAt,
    breachedAt: row.slaMarkers.firstResponseBreachedAt,
  };
  const resolutionColumns = {
    dueAt: row.resolutionDueAt,
    warnAt: row.resolutionWarnAt,
    warnedAt: row.slaMarkers.resolutionWarnedAt,
    breachedAt: row.slaMarkers.resolutionBreachedAt,
  };
  return {
    ...summary,
    description: row.description,
    orderId: row.orderId,
    orderNumber: row.orderId === null ? null : `#${row.orderId}`,
    orderTotal: row.orderTotal,
    orderCurrency: row.orderCurrency,
    requesterUserId: row.requesterUserId,
    requesterContactId: row.requesterContactId,
    prioritySource: row.prioritySource,
    priorityReason: customer ? null : row.priorityReason,
    assignedAt: customer ? null : row.assignedAt,
    mergedIntoId: row.mergedIntoId,
    reopenCount: row.reopenCount,
    closedAt: row.closedAt,
    version: row.version,
    allowedTransitions: allowedTransitionsFor(viewer, row.status),
    sla: customer
      ? null
      : {
          firstResponseDueAt: row.firstResponseDueAt,
          resolutionDueAt: row.resolutionDueAt,
          state: states.overall,
          policyName: row.policyName,
          firstResponse: targetDetail(
            row.slaClocks?.firstResponse,
            firstResponseColumns,
            states.firstResponse,
            calendar,
            now,
          ),
          resolution: targetDetail(
            row.slaClocks?.resolution,
            resolutionColumns,
            states.resolution,
            calendar,
            now,
          ),
        },
  };
}

/** The fields an audit entry compares before and after a change. */
export function auditSnapshot(row: TicketRow): Record<string, unknown> {
  return {
    title: row.title,
    description: row.description,
    status: row.status,
    priority: row.priority,
    prioritySource: row.prioritySource,
    priorityReason: row.priorityReason,
    assignedTo: row.assignedTo,
    queueId: row.queueId,
    categoryId: row.categoryId,
    tags: row.tags,
    orderId: row.orderId,
    clientId: row.clientId,
    mergedIntoId: row.mergedIntoId,
    reopenCount: row.reopenCount,
  };
}
