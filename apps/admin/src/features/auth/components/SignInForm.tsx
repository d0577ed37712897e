import { Alert, Anchor, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { isApiProblem } from '@smartcrm/api-client';
import { IconAlertCircle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { StaffOnlyError, useSignIn } from '../api/useSignIn';
import { DemoAccountsPanel } from './DemoAccountsPanel';

export type SignInFormProps = { onSignedIn: () => void };

export function SignInForm({ onSignedIn }: SignInFormProps) {
  const { t } = useI18n();
  const signIn = useSignIn();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => (value.trim() ? null : t('auth.emailRequired')),
      password: (value) => (value ? null : t('auth.passwordRequired')),
    },
  });

  const submit = form.onSubmit((values) =>
    signIn.mutate({ email: values.email.trim(), password: values.password }, { onSuccess: onSignedIn }),
  );

  const error = signIn.error;
  const errorText = error
    ? error instanceof StaffOnlyError
      ? t('auth.staffOnly')
      : isApiProblem(error)
        ? error.detail
        : t('state.networkError')
    : null;

  return (
    <Stack gap="md">
      <form onSubmit={submit} noValidate aria-label={t('auth.title')}>
        <Stack gap="md">
          {errorText && (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertCircle aria-hidden />}
              title={t('auth.failed')}
              role="alert"
            >
              {errorText}
            </Alert>
          )}
          <TextInput
            label={t('auth.email')}
            type="email"
            autoComplete="username"
            required
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('auth.password')}
            autoComplete="current-password"
            required
            visibilityToggleButtonProps={{ 'aria-label': t('auth.togglePassword') }}
            {...form.getInputProps('password')}
          />
          <Group justify="flex-end" mt={-8}>
            <Anchor component={Link} to="/forgot-password" size="sm">
              {t('auth.forgotPassword')}
            </Anchor>
          </Group>
          <Button type="submit" loading={signIn.isPending} fullWidth>
            {t('auth.submit')}
          </Button>
        </Stack>
      </form>
      <DemoAccountsPanel onPick={(credentials) => form.setValues(credentials)} />
    </Stack>
  );
}
