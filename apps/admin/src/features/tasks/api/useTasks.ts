import { isApiProblem, unwrap } from '@smartcrm/api-client';
import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { ifMatch } from '../../../api/if-match';
import { type ClientTask, type NewTask, type TaskListQuery, taskQueryKeys } from './task-types';

/** Tasks matching the filters, soonest due first by default, a page at a time ("load more"). */
export function useTaskList(query: Omit<TaskListQuery, 'cursor'>, enabled = true) {
  return useInfiniteQuery({
    queryKey: taskQueryKeys.list(query),
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/api/tasks', {
          params: { query: { ...query, ...(pageParam ? { cursor: pageParam } : {}) } },
          signal,
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCreateTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewTask) => unwrap(api.POST('/api/tasks', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: taskQueryKeys.all }),
  });
}

/** Marks an open task done, from the version on screen (a task changed meanwhile is a 412). */
export function useCompleteTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (task: Pick<ClientTask, 'id' | 'version'>) =>
      unwrap(
        api.POST('/api/tasks/{id}/complete', {
          params: { path: { id: task.id } },
          headers: ifMatch(task.version),
        }),
      ),
    onSettled: (_, error) => {
      // Done or stale: either way the list on screen no longer matches the server.
      if (!error || (isApiProblem(error) && ['version_conflict', 'task_not_open'].includes(error.code))) {
        void queryClient.invalidateQueries({ queryKey: taskQueryKeys.all });
      }
    },
  });
}
