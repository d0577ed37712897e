import { unwrap } from '@smartcrm/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { type ClientSatisfaction, clientQueryKeys, type NewSatisfactionResponse } from './client-types';

/** Recency, frequency and monetary scores from the client's orders (needs reports:read). */
export function useClientRfm(clientId: number, enabled: boolean) {
  return useQuery({
    queryKey: clientQueryKeys.rfm(clientId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/clients/{id}/rfm', { params: { path: { id: clientId } }, signal })),
    enabled,
  });
}

/** Average CSAT, NPS, counts and the latest answers. */
export function useClientSatisfaction(clientId: number) {
  return useQuery({
    queryKey: clientQueryKeys.satisfaction(clientId),
    queryFn: ({ signal }): Promise<ClientSatisfaction> =>
      unwrap(api.GET('/api/clients/{id}/satisfaction', { params: { path: { id: clientId } }, signal })),
  });
}

export function useRecordSatisfaction(clientId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewSatisfactionResponse) =>
      unwrap(api.POST('/api/clients/{id}/satisfaction', { params: { path: { id: clientId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientQueryKeys.satisfaction(clientId) }),
  });
}

/** Clients that may be the same company (same email domain or a similar name). */
export function useClientDuplicates(clientId: number) {
  return useQuery({
    queryKey: clientQueryKeys.duplicates(clientId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/clients/{id}/duplicates', { params: { path: { id: clientId } }, signal })),
    select: (result) => result.items,
  });
}
