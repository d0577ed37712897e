import { Alert } from '@mantine/core';
import { LoadingState } from '@smartcrm/ui';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { SignInForm } from '../features/auth/components/SignInForm';
import { useSession } from '../features/auth/hooks/useSession';
import { returnPath } from '../features/auth/utils/return-path';
import { useI18n } from '../i18n/useI18n';
import { AuthPanel } from '../ui/AuthPanel';

export function SignInPage() {
  const { t } = useI18n();
  const { status, endReason } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const next = returnPath((location.state as { from?: unknown } | null)?.from);

  if (status === 'signed-in') return <Navigate to={next} replace />;
  return (
    <AuthPanel title={t('auth.signIn.title')} lead={t('auth.signIn.lead')}>
      {status === 'restoring' ? (
        <LoadingState />
      ) : (
        <>
          {endReason === 'expired' && (
            <Alert color="yellow" variant="light" role="status">
              {t('auth.signIn.sessionExpired')}
            </Alert>
          )}
          <SignInForm onSignedIn={() => navigate(next, { replace: true })} />
        </>
      )}
    </AuthPanel>
  );
}
