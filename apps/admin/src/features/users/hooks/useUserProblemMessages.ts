import { useI18n } from '../../../i18n/useI18n';

/** Plain words for the problems account administration can run into, by problem code. */
export function useUserProblemMessages(): Record<string, string> {
  const { t } = useI18n();
  return {
    version_conflict: t('users.error.versionConflict'),
    cannot_modify_self: t('users.error.cannotModifySelf'),
    last_admin: t('users.error.lastAdmin'),
    role_change_not_allowed: t('users.error.roleChangeNotAllowed'),
    already_accepted: t('users.error.alreadyAccepted'),
    email_taken: t('users.error.emailTaken'),
    client_not_found: t('users.error.clientNotFound'),
    client_required: t('users.error.clientNotFound'),
    client_not_allowed: t('users.error.clientNotAllowed'),
    user_not_found: t('users.error.notFound'),
  };
}
