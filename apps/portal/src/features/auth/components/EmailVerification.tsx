import { Alert, Anchor, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { useEmailVerification } from '../hooks/useEmailVerification';
import { errorMessage } from '../utils/error-message';

export type EmailVerificationProps = { token: string | null };

/** Verifies the email from a link as soon as it opens, then leads to sign-in. */
export function EmailVerification({ token }: EmailVerificationProps) {
  const { t } = useI18n();
  const verification = useEmailVerification(token);

  if (!token || verification.isError)
    return (
      <Stack gap="md">
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertCircle aria-hidden />}
          title={t('auth.verify.failedTitle')}
          role="alert"
        >
          {token ? errorMessage(verification.error, t) : t('auth.verify.missingToken')}
        </Alert>
        <Anchor component={Link} to="/sign-up" size="sm">
          {t('auth.verify.signUpAgain')}
        </Anchor>
      </Stack>
    );

  if (!verification.isSuccess)
    return (
      <Group gap="sm" role="status" aria-live="polite">
        <Loader size="sm" aria-hidden />
        <Text size="sm">{t('auth.verify.pending')}</Text>
      </Group>
    );

  return (
    <Stack gap="md">
      <Alert
        color="green"
        variant="light"
        icon={<IconCircleCheck aria-hidden />}
        title={t('auth.verify.doneTitle')}
        role="status"
      >
        {t('auth.verify.doneText')}
      </Alert>
      <Button component={Link} to="/sign-in">
        {t('auth.signIn.submit')}
      </Button>
    </Stack>
  );
}
