import { Alert, Anchor, Group, Loader, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { errorMessage } from '../../auth/utils/error-message';
import { useGuestVerification } from '../hooks/useGuestVerification';
import { isGoneProblem } from '../utils/ticket-actions';

export type GuestVerificationProps = { token: string };

/** Turns a guest's confirmed request into a ticket as the link opens, and gives them its reference. */
export function GuestVerification({ token }: GuestVerificationProps) {
  const { t } = useI18n();
  const verification = useGuestVerification(token);

  if (verification.isError)
    return (
      <Stack gap="md">
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertCircle aria-hidden />}
          title={t('support.verify.failedTitle')}
          role="alert"
        >
          {isGoneProblem(verification.error) ? t('support.link.gone') : errorMessage(verification.error, t)}
        </Alert>
        <Anchor component={Link} to="/contact" size="sm">
          {t('support.verify.newRequest')}
        </Anchor>
      </Stack>
    );

  if (!verification.isSuccess)
    return (
      <Group gap="sm" role="status" aria-live="polite">
        <Loader size="sm" aria-hidden />
        <Text size="sm">{t('support.verify.pending')}</Text>
      </Group>
    );

  const { reference } = verification.data;
  return (
    <Alert
      color="green"
      variant="light"
      icon={<IconCircleCheck aria-hidden />}
      title={t('support.verify.doneTitle')}
      role="status"
    >
      <Stack gap={6}>
        <Text size="sm">{t('support.verify.doneText')}</Text>
        <Text size="sm">
          {t('support.verify.reference')}{' '}
          <Text span fw={700} ff="monospace" fz="lg">
            {reference}
          </Text>
        </Text>
      </Stack>
    </Alert>
  );
}
