import { type ManagedUser, type UserListQuery, unwrap } from '@smartcrm/api-client';
import { api } from '../../../api/client';
import type { ResourceDefinition } from '../../listing/api/resource';

export const userResource: ResourceDefinition<ManagedUser> = {
  key: 'users',
  sortFields: ['email', 'createdAt', 'id'],
  defaultSort: 'email',
  filterKeys: ['role', 'isActive'],
  fetchList: (query, signal) =>
    unwrap(api.GET('/api/users', { params: { query: query as UserListQuery }, signal })),
  fetchOne: (id, signal) => unwrap(api.GET('/api/users/{id}', { params: { path: { id } }, signal })),
};

/** Query keys of the account data that a change to one account can make stale. */
export const userQueryKeys = {
  lists: ['users', 'list'] as const,
  detail: (id: number) => ['users', 'detail', id] as const,
  /** Accounts still waiting for their invitation to be accepted. */
  invitations: ['invitations'] as const,
  audit: ['audit'] as const,
};
