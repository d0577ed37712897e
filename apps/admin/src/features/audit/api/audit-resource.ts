import { type AuditEntry, unwrap } from '@smartcrm/api-client';
import { api } from '../../../api/client';
import type { ListResource } from '../../listing/api/resource';
import { toAuditQuery } from '../utils/audit-query';

/** The audit log, newest first; `from` and `to` are calendar days in the page's URL. */
export const auditResource: ListResource<AuditEntry> = {
  key: 'audit',
  sortFields: ['createdAt'],
  defaultSort: '-createdAt',
  filterKeys: ['actorUserId', 'resource', 'resourceId', 'action', 'from', 'to'],
  fetchList: (query, signal) =>
    unwrap(api.GET('/api/audit', { params: { query: toAuditQuery(query) }, signal })),
};
