import { useParams } from 'react-router';
import { GuestVerification } from '../features/support/components/GuestVerification';
import { useI18n } from '../i18n/useI18n';
import { AuthPanel } from '../ui/AuthPanel';

/** Where a guest's confirmation link lands: /support/verify/:token. */
export function SupportVerifyPage() {
  const { t } = useI18n();
  const { token = '' } = useParams();
  return (
    <AuthPanel title={t('support.verify.title')}>
      <GuestVerification token={token} />
    </AuthPanel>
  );
}
