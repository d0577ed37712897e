import { Button } from '@mantine/core';
import { useI18n } from '../../../i18n/useI18n';
import { EmailSentNotice } from '../../../ui/EmailSentNotice';

export type GuestRequestConfirmationProps = {
  email: string;
  verificationLink: string | null;
  onAnother: () => void;
};

/** After a guest's request: where the confirmation link went (in a demo, the link itself, as on sign-up). */
export function GuestRequestConfirmation({
  email,
  verificationLink,
  onAnother,
}: GuestRequestConfirmationProps) {
  const { t } = useI18n();
  return (
    <EmailSentNotice
      title={t('support.guest.sentTitle')}
      text={t('support.guest.sentText', { email })}
      demoLink={
        verificationLink
          ? { href: verificationLink, text: t('support.guest.demoText'), label: t('support.guest.demoLink') }
          : null
      }
    >
      <Button variant="default" onClick={onAnother} style={{ alignSelf: 'flex-start' }}>
        {t('support.guest.another')}
      </Button>
    </EmailSentNotice>
  );
}
