import { useSearchParams } from 'react-router';
import { EmailVerification } from '../features/auth/components/EmailVerification';
import { useI18n } from '../i18n/useI18n';
import { AuthPanel } from '../ui/AuthPanel';

export function VerifyEmailPage() {
  const { t } = useI18n();
  const [search] = useSearchParams();
  return (
    <AuthPanel title={t('auth.verify.title')}>
      <EmailVerification token={search.get('token') || null} />
    </AuthPanel>
  );
}
