import { useI18n } from '../../../i18n/useI18n';
import { ownerLabel } from '../utils/owner-label';
import { useClientAccess } from './useClientAccess';

/** Names an account manager in the user's language, the signed-in user as themselves. */
export function useOwnerLabel() {
  const { t } = useI18n();
  const { user } = useClientAccess();
  return (owner: { userId: number | null; name: string | null }) =>
    ownerLabel(owner, user?.id, {
      none: t('clients.owner.none'),
      you: t('clients.owner.you'),
      youNamed: (name) => t('clients.owner.youNamed', { name }),
      unknown: (id) => t('clients.owner.unknown', { id }),
    });
}
