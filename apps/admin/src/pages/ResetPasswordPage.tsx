import { isApiProblem } from '@smartcrm/api-client';
import { useCompletePasswordReset } from '../features/auth/api/useCompletePasswordReset';
import { LinkProblem } from '../features/auth/components/LinkProblem';
import { PasswordSetConfirmation } from '../features/auth/components/PasswordSetConfirmation';
import { SetPasswordForm } from '../features/auth/components/SetPasswordForm';
import { useLinkToken } from '../features/auth/hooks/useLinkToken';
import { useI18n } from '../i18n/useI18n';
import { ProblemAlert } from '../ui/ProblemAlert';
import { PublicPageLayout } from '../ui/PublicPageLayout';

export function ResetPasswordPage() {
  const { t } = useI18n();
  const token = useLinkToken();
  const reset = useCompletePasswordReset();
  const linkDead = isApiProblem(reset.error) && reset.error.code === 'invalid_link';

  return (
    <PublicPageLayout
      heading={t('reset.title')}
      subtitle={reset.isSuccess ? undefined : t('reset.subtitle')}
      documentTitle={t('reset.title')}
    >
      {!token || linkDead ? (
        <LinkProblem kind="reset" />
      ) : reset.isSuccess ? (
        <PasswordSetConfirmation message={t('reset.done')} />
      ) : (
        <SetPasswordForm
          label={t('reset.title')}
          submitLabel={t('reset.submit')}
          pending={reset.isPending}
          error={reset.error}
          failure={<ProblemAlert error={reset.error} title={t('reset.failed')} />}
          onSubmit={(password) => reset.mutateAsync({ token, password })}
        />
      )}
    </PublicPageLayout>
  );
}
