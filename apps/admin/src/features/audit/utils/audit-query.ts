import type { AuditQuery } from '@smartcrm/api-client';
import type { ListQuery } from '../../listing/api/resource';

const calendarDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The instant a calendar day (`YYYY-MM-DD`, plus `addDays`) starts in the browser's time zone, as ISO;
 * null when `date` is not a real date. People mean their own days when they filter by date.
 */
export function startOfLocalDay(date: string, addDays = 0): string | null {
  const match = calendarDate.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const start = new Date(year, month - 1, day + addDays);
  const real = start.getFullYear() === year && start.getMonth() === month - 1;
  return real || addDays !== 0 ? start.toISOString() : null;
}

/**
 * The audit list's query in the endpoint's terms: the actor id as a number, and the day range as instants,
 * the last day included (the endpoint's `to` is exclusive). Values that cannot be meant are left out.
 */
export function toAuditQuery(query: ListQuery): AuditQuery {
  const { limit, cursor, sort, actorUserId, resource, resourceId, action, from, to } = query;
  const result: AuditQuery = { limit, sort: (sort ?? '-createdAt') as AuditQuery['sort'] };
  if (typeof cursor === 'string') result.cursor = cursor;
  if (typeof actorUserId === 'string' && /^\d{1,9}$/.test(actorUserId) && Number(actorUserId) > 0)
    result.actorUserId = Number(actorUserId);
  if (typeof resource === 'string') result.resource = resource;
  if (typeof resourceId === 'string') result.resourceId = resourceId;
  if (typeof action === 'string') result.action = action;
  const fromInstant = typeof from === 'string' ? startOfLocalDay(from) : null;
  const toInstant = typeof to === 'string' && startOfLocalDay(to) ? startOfLocalDay(to, 1) : null;
  if (fromInstant) result.from = fromInstant;
  if (toInstant) result.to = toInstant;
  return result;
}
