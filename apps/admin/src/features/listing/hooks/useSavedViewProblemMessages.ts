import { useI18n } from '../../../i18n/useI18n';

/** Plain words for the problems saving, changing and deleting a view can run into, by problem code. */
export function useSavedViewProblemMessages(): Record<string, string> {
  const { t } = useI18n();
  return {
    saved_view_name_taken: t('savedViews.error.nameTaken'),
    share_not_allowed: t('savedViews.error.shareNotAllowed'),
    not_owner: t('savedViews.error.notOwner'),
    saved_view_not_found: t('savedViews.error.notFound'),
    version_conflict: t('savedViews.error.versionConflict'),
  };
}
