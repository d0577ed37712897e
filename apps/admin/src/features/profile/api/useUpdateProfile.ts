import { type ProfileUpdate, unwrap } from '@smartcrm/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { ifMatch } from '../../../api/if-match';

/** Saves the signed-in user's own profile, refusing to overwrite a change made elsewhere since loading. */
export function useUpdateProfile(version: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: ProfileUpdate) =>
      unwrap(api.PATCH('/api/auth/me', { body: changes, headers: ifMatch(version) })),
    onSuccess: (user) => {
      // The header's user menu watches this query and carries the new name into the session.
      queryClient.setQueryData(['auth', 'me'], user);
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}
