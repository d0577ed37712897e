import { unwrap } from '@smartcrm/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { ifMatch } from '../../../api/if-match';
import { fetchAllPages } from './fetch-all-pages';
import {
  supportSettingsQueryKeys as keys,
  type SlaPolicy,
  type SlaPolicyInput,
} from './support-settings-types';
import { useSettingsWrite } from './useSettingsWrite';

/** Every SLA policy, by name, with its targets, calendar and escalations. */
export function useSlaPolicies() {
  return useQuery({
    queryKey: keys.slaPolicies,
    queryFn: ({ signal }) =>
      fetchAllPages((cursor) =>
        unwrap(
          api.GET('/api/tickets/sla-policies', {
            params: { query: { limit: 100, sort: 'name', ...(cursor ? { cursor } : {}) } },
            signal,
          }),
        ),
      ),
  });
}

export function useCreateSlaPolicy() {
  return useSettingsWrite(
    (body: SlaPolicyInput) => unwrap(api.POST('/api/tickets/sla-policies', { body })),
    [keys.slaPolicies],
  );
}

export type SlaPolicyUpdate = { policy: Pick<SlaPolicy, 'id' | 'version'>; changes: SlaPolicyInput };

export function useUpdateSlaPolicy() {
  return useSettingsWrite(
    ({ policy, changes }: SlaPolicyUpdate) =>
      unwrap(
        api.PATCH('/api/tickets/sla-policies/{id}', {
          params: { path: { id: policy.id } },
          body: changes,
          headers: ifMatch(policy.version),
        }),
      ),
    [keys.slaPolicies],
  );
}

export function useDeleteSlaPolicy() {
  return useSettingsWrite(
    async (policy: Pick<SlaPolicy, 'id' | 'version'>) => {
      await api.DELETE('/api/tickets/sla-policies/{id}', {
        params: { path: { id: policy.id } },
        headers: ifMatch(policy.version),
      });
    },
    [keys.slaPolicies],
  );
}
