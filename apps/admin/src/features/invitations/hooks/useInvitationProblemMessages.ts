import { useI18n } from '../../../i18n/useI18n';
import { useUserProblemMessages } from '../../users/hooks/useUserProblemMessages';

/** Plain words for the problems sending a fresh link or withdrawing an invitation can run into. */
export function useInvitationProblemMessages(action: 'send' | 'withdraw'): Record<string, string> {
  const { t } = useI18n();
  const userMessages = useUserProblemMessages();
  return {
    ...userMessages,
    user_not_found: t('invitations.error.gone'),
    invitation_not_found: t('invitations.error.gone'),
    ...(action === 'withdraw' ? { already_accepted: t('invitations.error.alreadyAccepted') } : {}),
  };
}
