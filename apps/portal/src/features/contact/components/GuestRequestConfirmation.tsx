import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { IconInfoCircle, IconMailCheck } from '@tabler/icons-react';
import { useI18n } from '../../../i18n/useI18n';

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
    <Stack gap="md">
      <Alert
        color="green"
        variant="light"
        icon={<IconMailCheck aria-hidden />}
        title={t('support.guest.sentTitle')}
        role="status"
      >
        {t('support.guest.sentText', { email })}
      </Alert>
      {verificationLink && (
        <Alert
          color="blue"
          variant="light"
          icon={<IconInfoCircle aria-hidden />}
          title={t('auth.signUp.demoTitle')}
          role="note"
        >
          <Stack gap={6}>
            <Text size="sm">{t('support.guest.demoText')}</Text>
            <Anchor href={verificationLink} size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
              {t('support.guest.demoLink')}
            </Anchor>
          </Stack>
        </Alert>
      )}
      <Button variant="default" onClick={onAnother} style={{ alignSelf: 'flex-start' }}>
        {t('support.guest.another')}
      </Button>
    </Stack>
  );
}
