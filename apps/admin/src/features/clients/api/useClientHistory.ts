import { unwrap } from '@smartcrm/api-client';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { clientQueryKeys, type InteractionKind, type NewInteraction } from './client-types';

const pageSize = 20;

/** The client's merged timeline, newest first, a page at a time ("load more"). */
export function useClientTimeline(clientId: number) {
  return useInfiniteQuery({
    queryKey: clientQueryKeys.timeline(clientId),
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/api/clients/{id}/timeline', {
          params: {
            path: { id: clientId },
            query: { limit: pageSize, ...(pageParam ? { cursor: pageParam } : {}) },
          },
          signal,
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** Calls, emails, meetings and notes logged for the client, newest first, optionally of one kind. */
export function useClientInteractions(clientId: number, kind: InteractionKind | null) {
  return useInfiniteQuery({
    queryKey: [...clientQueryKeys.interactions(clientId), kind],
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/api/clients/{id}/interactions', {
          params: {
            path: { id: clientId },
            query: {
              limit: pageSize,
              ...(kind ? { kind } : {}),
              ...(pageParam ? { cursor: pageParam } : {}),
            },
          },
          signal,
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useLogInteraction(clientId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewInteraction) =>
      unwrap(api.POST('/api/clients/{id}/interactions', { params: { path: { id: clientId } }, body })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: clientQueryKeys.interactions(clientId) });
      void queryClient.invalidateQueries({ queryKey: clientQueryKeys.timeline(clientId) });
      // A call, email or meeting moves the client's last contact forward.
      void queryClient.invalidateQueries({ queryKey: clientQueryKeys.detail(clientId), exact: true });
    },
  });
}
