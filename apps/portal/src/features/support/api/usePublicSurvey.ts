import { unwrap } from '@smartcrm/api-client';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { TicketRating } from './support-types';
import { ticketKeys } from './ticket-keys';

/** The survey behind a single-use rating link; no sign-in needed, the token is the key. */
export function usePublicSurvey(token: string) {
  return useQuery({
    queryKey: ticketKeys.publicSurvey(token),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/tickets/surveys/{token}', { params: { path: { token } }, signal })),
    retry: false,
  });
}

/** Answers the survey through its link; a used or expired link answers 410. */
export function useAnswerPublicSurvey(token: string) {
  return useMutation({
    mutationFn: (rating: TicketRating) =>
      unwrap(api.POST('/api/tickets/surveys/{token}', { params: { path: { token } }, body: rating })),
  });
}
