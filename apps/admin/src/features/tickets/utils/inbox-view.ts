import type { ListParams } from '../../listing/utils/list-params';
import type { TicketListQuery } from '../api/ticket-types';

export const inboxViews = ['mine', 'unassigned', 'breaching', 'all', 'queue'] as const;
export type InboxView = (typeof inboxViews)[number];

/** URL parameters of the inbox that are filters proper (cleared by "Clear filters"). */
export const inboxFilterKeys = ['status', 'priority', 'categoryId', 'assignedTo', 'tag', 'channel'] as const;
/** What the URL keeps besides search, sort and paging: the view, its queue, and the filters. */
export const inboxUrlKeys = ['view', 'queueId', ...inboxFilterKeys] as const;

export const inboxSortFields = ['createdAt', 'updatedAt'] as const;

/** The view the URL names; people who work tickets start on their own, others on everything. */
export function readInboxView(value: string | null | undefined, fallback: InboxView): InboxView {
  return (inboxViews as readonly string[]).includes(value ?? '') ? (value as InboxView) : fallback;
}

const positiveId = (value: string | undefined): number | null =>
  value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : null;

/**
 * The list request for the inbox's URL state, or null when it cannot be asked yet (the queue view before a
 * queue is chosen). Sort is sent only when the user chose one: each view has its own default order on the
 * server (oldest unassigned first, soonest deadline first).
 */
export function inboxQuery(params: ListParams, options: { sortChosen: boolean }): TicketListQuery | null {
  const { filters } = params;
  const view = readInboxView(filters.view, 'all');
  const queueId = positiveId(filters.queueId);
  if (view === 'queue' && queueId === null) return null;

  const query: TicketListQuery = { view, limit: params.limit };
  if (view === 'queue' && queueId !== null) query.queueId = queueId;
  if (options.sortChosen && view !== 'breaching') query.sort = params.sort as TicketListQuery['sort'];
  const cursor = params.cursors.at(-1);
  if (cursor) query.cursor = cursor;
  if (params.q.trim()) query.q = params.q.trim();
  if (filters.status) query.status = filters.status;
  if (filters.priority) query.priority = filters.priority;
  if (filters.tag) query.tag = filters.tag;
  if (filters.channel) query.channel = filters.channel as TicketListQuery['channel'];
  const categoryId = positiveId(filters.categoryId);
  if (categoryId !== null) query.categoryId = categoryId;
  const assignedTo = positiveId(filters.assignedTo);
  if (assignedTo !== null) query.assignedTo = assignedTo;
  return query;
}

/** The URL after switching views: the filters stay, the page goes back to the first one. */
export function withView(search: URLSearchParams, view: InboxView, queueId?: number | null): URLSearchParams {
  const next = new URLSearchParams(search);
  next.set('view', view);
  if (view === 'queue' && queueId) next.set('queueId', String(queueId));
  else if (view !== 'queue') next.delete('queueId');
  next.delete('after');
  // The breaching view has one order (soonest deadline first), so a chosen sort would only mislead.
  if (view === 'breaching') next.delete('sort');
  return next;
}

/** The URL without the inbox's filters: the view and its queue stay. */
export function withoutFilters(search: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const key of inboxFilterKeys) next.delete(key);
  next.delete('after');
  return next;
}
