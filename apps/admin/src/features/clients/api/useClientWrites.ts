import { type Client, isApiProblem, unwrap } from '@smartcrm/api-client';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { ifMatch } from '../../../api/if-match';
import { keepProblemExtensions } from '../../../api/problem-extensions';
import { type ClientChanges, type ClientStage, clientQueryKeys, type NewClient } from './client-types';

/** The client as it was loaded: writes name its version, so a change made in between is a 412. */
type LoadedClient = Pick<Client, 'id' | 'version'>;

// A client write can move it between lists, pipeline columns and segments and adds to its timeline.
function storeClient(queryClient: QueryClient, client: Client) {
  queryClient.setQueryData(clientQueryKeys.detail(client.id), client);
  void queryClient.invalidateQueries({
    queryKey: clientQueryKeys.all,
    predicate: (query) => !(query.queryKey[1] === 'detail' && query.queryKey[2] === client.id),
  });
  void queryClient.invalidateQueries({ queryKey: ['segments'] });
}

function reloadOnConflict(queryClient: QueryClient, id: number, error: unknown) {
  if (isApiProblem(error) && error.code === 'version_conflict') {
    void queryClient.refetchQueries({ queryKey: clientQueryKeys.detail(id), exact: true });
  }
}

const path = (id: number) => ({ path: { id } });

export function useCreateClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewClient) => unwrap(api.POST('/api/clients', { body })),
    onSuccess: (client) => storeClient(queryClient, client),
  });
}

export function useUpdateClient(client: LoadedClient) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: ClientChanges) =>
      unwrap(
        api.PATCH('/api/clients/{id}', {
          params: path(client.id),
          body: changes,
          headers: ifMatch(client.version),
        }),
      ),
    onSuccess: (updated) => storeClient(queryClient, updated),
    onError: (error) => reloadOnConflict(queryClient, client.id, error),
  });
}

export type StageMove = { client: LoadedClient; stage: ClientStage; reason: string };

/** Moves a client to another stage; the pipeline passes whichever card was moved. */
export function useChangeStage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ client, stage, reason }: StageMove) =>
      unwrap(
        api.POST('/api/clients/{id}/stage', {
          params: path(client.id),
          body: reason.trim() ? { stage, reason: reason.trim() } : { stage },
          headers: ifMatch(client.version),
        }),
      ),
    onSuccess: (updated) => storeClient(queryClient, updated),
    onError: (error, { client }) => reloadOnConflict(queryClient, client.id, error),
  });
}

export function useArchiveClient(client: LoadedClient) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      unwrap(
        api.POST('/api/clients/{id}/archive', {
          params: path(client.id),
          body: reason.trim() ? { reason: reason.trim() } : {},
          headers: ifMatch(client.version),
        }),
      ),
    onSuccess: (updated) => storeClient(queryClient, updated),
    onError: (error) => reloadOnConflict(queryClient, client.id, error),
  });
}

export function useRestoreClient(client: LoadedClient) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/clients/{id}/restore', { params: path(client.id), headers: ifMatch(client.version) }),
      ),
    onSuccess: (updated) => storeClient(queryClient, updated),
    onError: (error) => reloadOnConflict(queryClient, client.id, error),
  });
}

/** Deletes a client entered by mistake; one with history answers 409 `client_has_history` (`history`). */
export function useDeleteClient(client: LoadedClient) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await api.DELETE('/api/clients/{id}', {
        params: path(client.id),
        headers: ifMatch(client.version),
        middleware: [keepProblemExtensions],
      });
    },
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: clientQueryKeys.detail(client.id), exact: true });
      void queryClient.invalidateQueries({ queryKey: clientQueryKeys.all });
    },
    onError: (error) => reloadOnConflict(queryClient, client.id, error),
  });
}

/** Merges a duplicate into this client; the duplicate is archived and its history moves here. */
export function useMergeClient(client: LoadedClient) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (duplicateId: number) =>
      unwrap(
        api.POST('/api/clients/{id}/merge', {
          params: path(client.id),
          body: { duplicateId },
          headers: ifMatch(client.version),
        }),
      ),
    onSuccess: (result) => storeClient(queryClient, result.client),
    onError: (error) => reloadOnConflict(queryClient, client.id, error),
  });
}
