import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { userQueryKeys } from './user-resource';

export function useDeleteUser(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await api.DELETE('/api/users/{id}', { params: { path: { id } } });
    },
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: userQueryKeys.detail(id), exact: true });
      void queryClient.invalidateQueries({ queryKey: userQueryKeys.lists });
      void queryClient.invalidateQueries({ queryKey: userQueryKeys.invitations });
      void queryClient.invalidateQueries({ queryKey: userQueryKeys.audit });
    },
  });
}
