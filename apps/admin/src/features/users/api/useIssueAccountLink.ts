import { type AccountLink, unwrap } from '@smartcrm/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { userQueryKeys } from './user-resource';

export type AccountLinkKind = 'invitation' | 'passwordReset';

function issueLink(id: number, kind: AccountLinkKind): Promise<AccountLink> {
  const params = { path: { id } };
  return kind === 'invitation'
    ? unwrap(api.POST('/api/users/{id}/invitation', { params }))
    : unwrap(api.POST('/api/users/{id}/password-reset', { params }));
}

/** A fresh single-use link for the account; earlier links of the same kind stop working. */
export function useIssueAccountLink(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (kind: AccountLinkKind) => ({ kind, link: await issueLink(id, kind) }),
    onSuccess: ({ kind }) => {
      // A fresh invitation changes when the pending one was sent and when it expires.
      if (kind === 'invitation') void queryClient.invalidateQueries({ queryKey: userQueryKeys.invitations });
      void queryClient.invalidateQueries({ queryKey: userQueryKeys.audit });
    },
  });
}
