import { useI18n } from '../../../i18n/useI18n';

/** Plain words for the problems creating and revoking keys can run into, by problem code. */
export function useApiKeyProblemMessages(): Record<string, string> {
  const { t } = useI18n();
  return {
    scope_not_allowed: t('apiKeys.error.scopeNotAllowed'),
    api_key_not_found: t('apiKeys.error.notFound'),
    forbidden: t('apiKeys.error.forbidden'),
  };
}
