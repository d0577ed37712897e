import { Alert, Button, Stack } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';

export type PasswordSetConfirmationProps = { message: string };

/** After a password was set from a link: the way on is signing in with it. */
export function PasswordSetConfirmation({ message }: PasswordSetConfirmationProps) {
  const { t } = useI18n();
  return (
    <Stack gap="md">
      <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
        {message}
      </Alert>
      <Button component={Link} to="/sign-in" fullWidth>
        {t('auth.goToSignIn')}
      </Button>
    </Stack>
  );
}
