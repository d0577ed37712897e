import { useI18n } from '../../../i18n/useI18n';

/**
 * Plain words for the problems category changes can run into, by problem code. `category_not_empty` is
 * left to the server's detail, which says what the category still holds.
 */
export function useCategoryProblemMessages(): Record<string, string> {
  const { t } = useI18n();
  return {
    version_conflict: t('categories.error.versionConflict'),
    category_cycle: t('categories.error.cycle'),
    slug_taken: t('categories.error.slugTaken'),
    category_not_found: t('categories.error.parentNotFound'),
  };
}
