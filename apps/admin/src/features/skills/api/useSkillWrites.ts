import { unwrap } from '@smartcrm/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { refreshWorkforce } from '../../employees/api/workforce-cache';

// Skills have no versions (a name is all there is), so their writes send no If-Match.

export function useCreateSkill() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => unwrap(api.POST('/api/skills', { body: { name } })),
    onSuccess: () => refreshWorkforce(queryClient),
  });
}

export function useRenameSkill(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) =>
      unwrap(api.PATCH('/api/skills/{id}', { params: { path: { id } }, body: { name } })),
    // Employees' skill lists show the name too.
    onSuccess: () => refreshWorkforce(queryClient),
  });
}

export function useDeleteSkill(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await api.DELETE('/api/skills/{id}', { params: { path: { id } } });
    },
    onSuccess: () => refreshWorkforce(queryClient),
  });
}
