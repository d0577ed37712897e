import { unwrap } from '@smartcrm/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { TicketRating } from './support-types';
import { ticketKeys } from './ticket-keys';

/** Whether the ticket can be rated now, or how it was rated. */
export function useTicketSurvey(ticketId: number, enabled: boolean) {
  return useQuery({
    queryKey: ticketKeys.survey(ticketId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/tickets/{id}/survey', { params: { path: { id: ticketId } }, signal })),
    enabled,
  });
}

/** Answers the ticket's satisfaction survey, once. */
export function useRateTicket(ticketId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rating: TicketRating) =>
      unwrap(api.POST('/api/tickets/{id}/rating', { params: { path: { id: ticketId } }, body: rating })),
    onSuccess: (survey) => queryClient.setQueryData(ticketKeys.survey(ticketId), survey),
    // Answered elsewhere already (the emailed link), or expired: show what the server now says.
    onError: () => queryClient.invalidateQueries({ queryKey: ticketKeys.survey(ticketId) }),
  });
}
