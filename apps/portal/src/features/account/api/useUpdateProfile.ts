import { type ProfileUpdate, unwrap } from '@smartcrm/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { currentUserKey } from '../../auth/api/useCurrentUser';
import { sessionStore } from '../../auth/hooks/session-store';

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: ProfileUpdate) => unwrap(api.PATCH('/api/auth/me', { body: changes })),
    onSuccess: (user) => {
      // The header shows the name too: it changes with the saved profile, without asking the server again.
      queryClient.setQueryData(currentUserKey, user);
      sessionStore.updateUser(user);
    },
  });
}
