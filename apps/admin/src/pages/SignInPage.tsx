import { Alert } from '@mantine/core';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { RestoringSession } from '../features/auth/components/RestoringSession';
import { SignInForm } from '../features/auth/components/SignInForm';
import { useSession } from '../features/auth/hooks/useSession';
import { useI18n } from '../i18n/useI18n';
import { PublicPageLayout } from '../ui/PublicPageLayout';

export function SignInPage() {
  const { t } = useI18n();
  const { status, endReason } = useSession();
  const navigate = useNavigate();
  const location = useLocation();

  const from = (location.state as { from?: string } | null)?.from ?? '/products';
  if (status === 'restoring') return <RestoringSession />;
  if (status === 'signed-in') return <Navigate to={from} replace />;

  return (
    <PublicPageLayout
      heading={t('auth.title')}
      subtitle={t('auth.subtitle')}
      documentTitle={t('auth.submit')}
    >
      {endReason === 'expired' && (
        <Alert color="yellow" variant="light" role="status">
          {t('auth.sessionExpired')}
        </Alert>
      )}
      <SignInForm onSignedIn={() => navigate(from, { replace: true })} />
    </PublicPageLayout>
  );
}
