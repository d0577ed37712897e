import { type Ticket, type TicketListQuery, unwrap } from '@smartcrm/api-client';
import { api } from '../../../api/client';
import type { ResourceDefinition } from '../../listing/api/resource';

export const ticketResource: ResourceDefinition<Ticket> = {
  key: 'tickets',
  sortFields: ['createdAt', 'updatedAt', 'id'],
  defaultSort: '-createdAt',
  fetchList: (query, signal) =>
    unwrap(api.GET('/api/tickets', { params: { query: query as TicketListQuery }, signal })),
  fetchOne: (id, signal) => unwrap(api.GET('/api/tickets/{id}', { params: { path: { id } }, signal })),
};
