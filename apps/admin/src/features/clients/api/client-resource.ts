import { type Client, type ClientListQuery, unwrap } from '@smartcrm/api-client';
import { api } from '../../../api/client';
import type { ResourceDefinition } from '../../listing/api/resource';
import { clientFilterKeys } from './client-types';

export const clientResource: ResourceDefinition<Client> = {
  key: 'clients',
  sortFields: ['companyName', 'createdAt', 'id'],
  defaultSort: 'companyName',
  filterKeys: clientFilterKeys,
  fetchList: (query, signal) =>
    unwrap(api.GET('/api/clients', { params: { query: query as ClientListQuery }, signal })),
  fetchOne: (id, signal) => unwrap(api.GET('/api/clients/{id}', { params: { path: { id } }, signal })),
};
