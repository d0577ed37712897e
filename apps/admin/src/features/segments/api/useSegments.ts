import { isApiProblem, unwrap } from '@smartcrm/api-client';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { ifMatch } from '../../../api/if-match';
import {
  type NewSegment,
  type Segment,
  type SegmentChanges,
  type SegmentRules,
  segmentQueryKeys,
} from './segment-types';

const pageSize = 25;

export function useSegmentList(cursor: string | null) {
  return useQuery({
    queryKey: segmentQueryKeys.list(cursor),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/segments', {
          params: { query: { limit: pageSize, sort: 'name', ...(cursor ? { cursor } : {}) } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useSegment(id: number) {
  return useQuery({
    queryKey: segmentQueryKeys.detail(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/segments/{id}', { params: { path: { id } }, signal })),
    enabled: Number.isInteger(id) && id > 0,
  });
}

/** How many working clients the rules match now, and the first of them; the rules are not saved. */
export function useSegmentPreview(rules: SegmentRules) {
  return useQuery({
    queryKey: segmentQueryKeys.preview(rules),
    queryFn: ({ signal }) => unwrap(api.POST('/api/segments/preview', { body: { rules }, signal })),
    placeholderData: keepPreviousData,
    // Rules the server refuses (min above max) stay refused; asking again would not help.
    retry: (count, error) => !(isApiProblem(error) && error.status === 400) && count < 2,
  });
}

/** The clients a saved segment matches now, a page at a time, and their number. */
export function useSegmentMembers(id: number, cursor: string | null) {
  const members = useQuery({
    queryKey: segmentQueryKeys.members(id, cursor),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/segments/{id}/clients', {
          params: {
            path: { id },
            query: { limit: pageSize, sort: 'companyName', ...(cursor ? { cursor } : {}) },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const count = useQuery({
    queryKey: segmentQueryKeys.count(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/segments/{id}/count', { params: { path: { id } }, signal })),
  });
  return { members, count };
}

function useStoreSegment() {
  const queryClient = useQueryClient();
  return (segment: Segment) => {
    queryClient.setQueryData(segmentQueryKeys.detail(segment.id), segment);
    void queryClient.invalidateQueries({
      queryKey: segmentQueryKeys.all,
      predicate: (query) => !(query.queryKey[1] === 'detail' && query.queryKey[2] === segment.id),
    });
  };
}

export function useCreateSegment() {
  const store = useStoreSegment();
  return useMutation({
    mutationFn: (body: NewSegment) => unwrap(api.POST('/api/segments', { body })),
    onSuccess: store,
  });
}

export function useUpdateSegment(segment: Pick<Segment, 'id' | 'version'>) {
  const store = useStoreSegment();
  return useMutation({
    mutationFn: (changes: SegmentChanges) =>
      unwrap(
        api.PATCH('/api/segments/{id}', {
          params: { path: { id: segment.id } },
          body: changes,
          headers: ifMatch(segment.version),
        }),
      ),
    onSuccess: store,
  });
}

export function useDeleteSegment(segment: Pick<Segment, 'id' | 'version'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await api.DELETE('/api/segments/{id}', {
        params: { path: { id: segment.id } },
        headers: ifMatch(segment.version),
      });
    },
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: segmentQueryKeys.detail(segment.id) });
      void queryClient.invalidateQueries({ queryKey: segmentQueryKeys.all });
    },
  });
}
