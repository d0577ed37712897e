import { unwrap } from '@smartcrm/api-client';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { GuestTicketRequest } from './support-types';

/**
 * Asks for a ticket without an account: the server emails a link that creates it once the address is
 * confirmed. The answer is always the same (in a demo, it carries the link, as no email is sent there).
 */
export function useGuestRequest() {
  return useMutation({
    mutationFn: (request: GuestTicketRequest) =>
      unwrap(api.POST('/api/tickets/guest-requests', { body: request })),
  });
}

/** Creates the guest's ticket from the emailed link; a second use answers 410. */
export function useVerifyGuestRequest() {
  return useMutation({
    mutationFn: (token: string) =>
      unwrap(api.POST('/api/tickets/guest-requests/verify', { body: { token } })),
  });
}
