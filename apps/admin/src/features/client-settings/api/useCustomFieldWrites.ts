import { unwrap } from '@smartcrm/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { ifMatch } from '../../../api/if-match';
import {
  type CustomFieldChanges,
  type CustomFieldDefinition,
  clientQueryKeys,
  type NewCustomField,
} from '../../clients/api/client-types';

// Definitions shape every client form and profile; a deleted field also leaves every client.
function useDefinitionWrite<Input, Output>(write: (input: Input) => Promise<Output>, touchesClients = false) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: clientQueryKeys.customFields });
      if (touchesClients) void queryClient.invalidateQueries({ queryKey: clientQueryKeys.all });
    },
  });
}

export function useCreateCustomField() {
  return useDefinitionWrite((body: NewCustomField) => unwrap(api.POST('/api/custom-fields', { body })));
}

export type CustomFieldUpdate = {
  field: Pick<CustomFieldDefinition, 'id' | 'version'>;
  changes: CustomFieldChanges;
};

export function useUpdateCustomField() {
  return useDefinitionWrite(({ field, changes }: CustomFieldUpdate) =>
    unwrap(
      api.PATCH('/api/custom-fields/{id}', {
        params: { path: { id: field.id } },
        body: changes,
        headers: ifMatch(field.version),
      }),
    ),
  );
}

export function useDeleteCustomField() {
  return useDefinitionWrite(async (field: Pick<CustomFieldDefinition, 'id' | 'version'>) => {
    await api.DELETE('/api/custom-fields/{id}', {
      params: { path: { id: field.id } },
      headers: ifMatch(field.version),
    });
  }, true);
}
