import { unwrap } from '@smartcrm/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { ifMatch } from '../../../api/if-match';
import { fetchAllPages } from './fetch-all-pages';
import {
  supportSettingsQueryKeys as keys,
  type QueueInput,
  type TicketQueue,
} from './support-settings-types';
import { useSettingsWrite } from './useSettingsWrite';

/** Every work queue, by name, with its members and how many tickets wait in it unassigned. */
export function useQueues() {
  return useQuery({
    queryKey: keys.queues,
    queryFn: ({ signal }) =>
      fetchAllPages((cursor) =>
        unwrap(
          api.GET('/api/tickets/queues', {
            params: { query: { limit: 100, sort: 'name', ...(cursor ? { cursor } : {}) } },
            signal,
          }),
        ),
      ),
  });
}

// Membership decides who the agents are; categories show their queue's name.
const queueTouches = [keys.queues, keys.agents, keys.categories] as const;

export function useCreateQueue() {
  return useSettingsWrite(
    (body: QueueInput) => unwrap(api.POST('/api/tickets/queues', { body })),
    queueTouches,
  );
}

export type QueueUpdate = { queue: Pick<TicketQueue, 'id' | 'version'>; changes: QueueInput };

export function useUpdateQueue() {
  return useSettingsWrite(
    ({ queue, changes }: QueueUpdate) =>
      unwrap(
        api.PATCH('/api/tickets/queues/{id}', {
          params: { path: { id: queue.id } },
          body: changes,
          headers: ifMatch(queue.version),
        }),
      ),
    queueTouches,
  );
}

export function useDeleteQueue() {
  return useSettingsWrite(async (queue: Pick<TicketQueue, 'id' | 'version'>) => {
    await api.DELETE('/api/tickets/queues/{id}', {
      params: { path: { id: queue.id } },
      headers: ifMatch(queue.version),
    });
  }, queueTouches);
}
