import { type TicketListQuery, unwrap } from '@smartcrm/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { TicketStatus } from '../../support/api/support-types';
import { accountListPageSize } from './account-lists';

/**
 * The customer's company's support tickets, most recently updated first, optionally only some statuses;
 * the server shows customers no one else's.
 */
export function useMyTickets(cursor: string | undefined, statuses?: readonly TicketStatus[]) {
  const query: TicketListQuery = {
    limit: accountListPageSize,
    sort: '-updatedAt',
    ...(statuses ? { status: statuses.join(',') } : {}),
    ...(cursor ? { cursor } : {}),
  };
  return useQuery({
    queryKey: ['account', 'tickets', query],
    queryFn: ({ signal }) => unwrap(api.GET('/api/tickets', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}
