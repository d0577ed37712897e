import { Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link } from 'react-router';
import { adminAppUrl } from '../../../config';
import { useI18n } from '../../../i18n/useI18n';
import { FormAlert } from '../../../ui/FormAlert';
import { focusFirstError } from '../../../ui/form-focus';
import { PasswordField } from '../../../ui/PasswordField';
import { isValidEmail } from '../../contact/utils/support-request';
import { StaffAccountError, useSignIn } from '../api/useSignIn';
import { errorMessage } from '../utils/error-message';

export type SignInFormProps = { onSignedIn: () => void };

export function SignInForm({ onSignedIn }: SignInFormProps) {
  const { t } = useI18n();
  const signIn = useSignIn();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) =>
        !value.trim() ? t('auth.emailRequired') : isValidEmail(value) ? null : t('auth.emailInvalid'),
      password: (value) => (value ? null : t('auth.passwordRequired')),
    },
  });

  const submit = form.onSubmit(
    (values) =>
      signIn.mutate({ email: values.email.trim(), password: values.password }, { onSuccess: onSignedIn }),
    (errors) => focusFirstError(form, errors),
  );

  return (
    <Stack gap="lg">
      <form onSubmit={submit} noValidate aria-label={t('auth.signIn.title')}>
        <Stack gap="md">
          {signIn.error instanceof StaffAccountError ? (
            <FormAlert title={t('auth.signIn.failed')}>
              <Stack gap={4}>
                <Text size="sm">{t('auth.staffAccount')}</Text>
                {adminAppUrl && (
                  <Anchor href={adminAppUrl} size="sm">
                    {t('auth.staffAccountLink')}
                  </Anchor>
                )}
              </Stack>
            </FormAlert>
          ) : (
            signIn.error && (
              <FormAlert title={t('auth.signIn.failed')}>{errorMessage(signIn.error, t)}</FormAlert>
            )
          )}
          <TextInput
            label={t('auth.email')}
            type="email"
            autoComplete="username"
            required
            {...form.getInputProps('email')}
          />
          <Stack gap={6}>
            <PasswordField
              label={t('auth.password')}
              autoComplete="current-password"
              required
              {...form.getInputProps('password')}
            />
            <Anchor component={Link} to="/forgot-password" size="sm" style={{ alignSelf: 'flex-end' }}>
              {t('auth.signIn.forgotPassword')}
            </Anchor>
          </Stack>
          <Button type="submit" loading={signIn.isPending} fullWidth>
            {t('auth.signIn.submit')}
          </Button>
        </Stack>
      </form>
      <Group gap={6} justify="center">
        <Text size="sm" c="dimmed">
          {t('auth.signIn.newHere')}
        </Text>
        <Anchor component={Link} to="/sign-up" size="sm" fw={600}>
          {t('auth.signIn.createAccount')}
        </Anchor>
      </Group>
    </Stack>
  );
}
