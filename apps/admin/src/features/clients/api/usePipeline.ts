import { type ClientListQuery, unwrap } from '@smartcrm/api-client';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { type ClientStage, clientQueryKeys, type PipelineQuery } from './client-types';

/** The board: per stage, the number of working clients and the first cards. */
export function usePipeline(query: PipelineQuery) {
  return useQuery({
    queryKey: [...clientQueryKeys.pipeline, query],
    queryFn: ({ signal }) => unwrap(api.GET('/api/clients/pipeline', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/**
 * Cards of one column beyond the board's first ones, from where the board stopped (`after`), with the
 * board's filters and sort; nothing is loaded until the user asks for more.
 */
export function usePipelineColumnMore(options: {
  stage: ClientStage;
  query: PipelineQuery;
  after: string | null;
  enabled: boolean;
}) {
  const { stage, query, after, enabled } = options;
  return useInfiniteQuery({
    queryKey: [...clientQueryKeys.pipeline, 'more', stage, query, after],
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/api/clients', {
          params: { query: { ...query, stage, cursor: pageParam } as ClientListQuery },
          signal,
        }),
      ),
    initialPageParam: after ?? '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    enabled: enabled && after !== null,
  });
}
