import { type TicketListQuery, unwrap } from '@smartcrm/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { accountListPageSize } from './account-lists';

/** The customer's company's support tickets, newest first; the server shows customers no one else's. */
export function useMyTickets(cursor: string | undefined) {
  const query: TicketListQuery = {
    limit: accountListPageSize,
    sort: '-createdAt',
    ...(cursor ? { cursor } : {}),
  };
  return useQuery({
    queryKey: ['account', 'tickets', query],
    queryFn: ({ signal }) => unwrap(api.GET('/api/tickets', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}
