import { ForgotPasswordForm } from '../features/auth/components/ForgotPasswordForm';
import { useI18n } from '../i18n/useI18n';
import { AuthPanel } from '../ui/AuthPanel';

export function ForgotPasswordPage() {
  const { t } = useI18n();
  return (
    <AuthPanel title={t('auth.forgot.title')} lead={t('auth.forgot.lead')}>
      <ForgotPasswordForm />
    </AuthPanel>
  );
}
