import type { SignUpResponse } from '@smartcrm/api-client';
import { useState } from 'react';
import { SignUpConfirmation } from '../features/auth/components/SignUpConfirmation';
import { SignUpForm } from '../features/auth/components/SignUpForm';
import { useI18n } from '../i18n/useI18n';
import { AuthPanel } from '../ui/AuthPanel';

export function SignUpPage() {
  const { t } = useI18n();
  const [signedUp, setSignedUp] = useState<(SignUpResponse & { email: string }) | null>(null);
  return (
    <AuthPanel title={t('auth.signUp.title')} lead={signedUp ? undefined : t('auth.signUp.lead')}>
      {signedUp ? (
        <SignUpConfirmation email={signedUp.email} verificationUrl={signedUp.verificationUrl} />
      ) : (
        <SignUpForm onSignedUp={setSignedUp} />
      )}
    </AuthPanel>
  );
}
