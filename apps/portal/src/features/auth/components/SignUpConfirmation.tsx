import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { IconInfoCircle, IconMailCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';

export type SignUpConfirmationProps = { email: string; verificationUrl: string | null };

/** What a new customer sees after signing up: where the verification link went (in a demo, the link itself). */
export function SignUpConfirmation({ email, verificationUrl }: SignUpConfirmationProps) {
  const { t } = useI18n();
  return (
    <Stack gap="md">
      <Alert
        color="green"
        variant="light"
        icon={<IconMailCheck aria-hidden />}
        title={t('auth.signUp.doneTitle')}
        role="status"
      >
        {t('auth.signUp.doneText', { email })}
      </Alert>
      {verificationUrl && (
        <Alert
          color="blue"
          variant="light"
          icon={<IconInfoCircle aria-hidden />}
          title={t('auth.signUp.demoTitle')}
          role="note"
        >
          <Stack gap={6}>
            <Text size="sm">{t('auth.signUp.demoText')}</Text>
            <Anchor href={verificationUrl} size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
              {t('auth.signUp.demoLink')}
            </Anchor>
          </Stack>
        </Alert>
      )}
      <Anchor component={Link} to="/sign-in" size="sm">
        {t('auth.backToSignIn')}
      </Anchor>
    </Stack>
  );
}
