import { isApiProblem } from '@smartcrm/api-client';
import { useAcceptInvitation } from '../features/auth/api/useAcceptInvitation';
import { LinkProblem } from '../features/auth/components/LinkProblem';
import { PasswordSetConfirmation } from '../features/auth/components/PasswordSetConfirmation';
import { SetPasswordForm } from '../features/auth/components/SetPasswordForm';
import { useLinkToken } from '../features/auth/hooks/useLinkToken';
import { useI18n } from '../i18n/useI18n';
import { ProblemAlert } from '../ui/ProblemAlert';
import { PublicPageLayout } from '../ui/PublicPageLayout';

export function AcceptInvitationPage() {
  const { t } = useI18n();
  const token = useLinkToken();
  const accept = useAcceptInvitation();
  const linkDead = isApiProblem(accept.error) && accept.error.code === 'invalid_link';

  return (
    <PublicPageLayout
      heading={t('invitation.title')}
      subtitle={accept.isSuccess ? undefined : t('invitation.subtitle')}
      documentTitle={t('invitation.title')}
    >
      {!token || linkDead ? (
        <LinkProblem kind="invitation" />
      ) : accept.isSuccess ? (
        <PasswordSetConfirmation message={t('invitation.done')} />
      ) : (
        <SetPasswordForm
          label={t('invitation.title')}
          submitLabel={t('invitation.submit')}
          pending={accept.isPending}
          error={accept.error}
          failure={<ProblemAlert error={accept.error} title={t('invitation.failed')} />}
          onSubmit={(password) => accept.mutateAsync({ token, password })}
        />
      )}
    </PublicPageLayout>
  );
}
