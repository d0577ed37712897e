import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { EmailSentNotice } from '../../../ui/EmailSentNotice';

export type SignUpConfirmationProps = { email: string; verificationUrl: string | null };

/** What a new customer sees after signing up: where the verification link went (in a demo, the link itself). */
export function SignUpConfirmation({ email, verificationUrl }: SignUpConfirmationProps) {
  const { t } = useI18n();
  return (
    <EmailSentNotice
      title={t('auth.signUp.doneTitle')}
      text={t('auth.signUp.doneText', { email })}
      demoLink={
        verificationUrl
          ? { href: verificationUrl, text: t('auth.signUp.demoText'), label: t('auth.signUp.demoLink') }
          : null
      }
    >
      <Anchor component={Link} to="/sign-in" size="sm">
        {t('auth.backToSignIn')}
      </Anchor>
    </EmailSentNotice>
  );
}
