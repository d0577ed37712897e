import { unwrap } from '@smartcrm/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { type AgentAvailability, ticketQueryKeys } from './ticket-types';

const settingsStaleMs = 5 * 60_000;

/** The queues, for the inbox's "By queue" view (staff who work tickets). */
export function useTicketQueues(enabled = true) {
  return useQuery({
    queryKey: ticketQueryKeys.queues,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/tickets/queues', { params: { query: { limit: 100 } }, signal })),
    select: (page) => page.items,
    staleTime: settingsStaleMs,
    enabled,
  });
}

export function useTicketCategories() {
  return useQuery({
    queryKey: ticketQueryKeys.categories,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/tickets/categories', { params: { query: { limit: 100 } }, signal })),
    select: (page) => page.items,
    staleTime: settingsStaleMs,
  });
}

/** The employees who work tickets, with availability and load. */
export function useTicketAgents(enabled = true) {
  return useQuery({
    queryKey: ticketQueryKeys.agents,
    queryFn: ({ signal }) => unwrap(api.GET('/api/tickets/agents', { signal })),
    select: (page) => page.items,
    staleTime: 60_000,
    enabled,
  });
}

/** The signed-in agent's own availability and load (under the agents' key, so changes refresh it). */
export function useMyAgent() {
  return useQuery({
    queryKey: [...ticketQueryKeys.agents, 'me'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/tickets/agents/me', { signal })),
    staleTime: 60_000,
  });
}

/** Sets the signed-in agent's own availability; routing reacts at once (work moves on when going offline). */
export function useSetMyAvailability() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (availability: AgentAvailability) =>
      unwrap(api.PUT('/api/tickets/agents/me/availability', { body: { availability } })),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ticketQueryKeys.agents });
      void queryClient.invalidateQueries({ queryKey: ticketQueryKeys.lists });
    },
  });
}
