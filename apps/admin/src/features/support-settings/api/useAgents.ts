import { unwrap } from '@smartcrm/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { fetchAllPages } from './fetch-all-pages';
import { type AgentChanges, supportSettingsQueryKeys as keys } from './support-settings-types';
import { useSettingsWrite } from './useSettingsWrite';

/** Everyone who works tickets, by name: availability, capacity, current load and queues. */
export function useAgents() {
  return useQuery({
    queryKey: keys.agents,
    queryFn: ({ signal }) =>
      fetchAllPages((cursor) =>
        unwrap(
          api.GET('/api/tickets/agents', {
            params: { query: { limit: 100, ...(cursor ? { cursor } : {}) } },
            signal,
          }),
        ),
      ),
  });
}

export type AgentUpdate = { employeeId: number; changes: AgentChanges };

/** A manager sets an agent's availability or capacity; routing follows at once. */
export function useUpdateAgent() {
  return useSettingsWrite(
    ({ employeeId, changes }: AgentUpdate) =>
      unwrap(
        api.PATCH('/api/tickets/agents/{employeeId}', {
          params: { path: { employeeId } },
          body: changes,
        }),
      ),
    [keys.agents, keys.queues],
  );
}
