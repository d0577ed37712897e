import { useParams } from 'react-router';
import { PublicSurvey } from '../features/support/components/PublicSurvey';
import { useI18n } from '../i18n/useI18n';
import { AuthPanel } from '../ui/AuthPanel';

/** Where the satisfaction survey's single-use link lands: /support/rate/:token. */
export function SupportRatePage() {
  const { t } = useI18n();
  const { token = '' } = useParams();
  return (
    <AuthPanel title={t('support.survey.title')}>
      <PublicSurvey token={token} />
    </AuthPanel>
  );
}
