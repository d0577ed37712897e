import { Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { SignUpResponse } from '@smartcrm/api-client';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { FormAlert } from '../../../ui/FormAlert';
import { focusFirstError, showServerErrors } from '../../../ui/form-focus';
import { PasswordField } from '../../../ui/PasswordField';
import { isValidEmail } from '../../contact/utils/support-request';
import { useSignUp } from '../api/useSignUp';
import { errorMessage, formErrors } from '../utils/error-message';
import { minimumPasswordLength, passwordHints } from '../utils/password-policy';

export type SignUpFormProps = { onSignedUp: (result: SignUpResponse & { email: string }) => void };

type SignUpValues = { name: string; companyName: string; email: string; password: string; confirm: string };

const problemFields = {
  'body.name': 'name',
  'body.companyName': 'companyName',
  'body.email': 'email',
  'body.password': 'password',
} as const;

export function SignUpForm({ onSignedUp }: SignUpFormProps) {
  const { t } = useI18n();
  const signUp = useSignUp();
  const form = useForm<SignUpValues>({
    initialValues: { name: '', companyName: '', email: '', password: '', confirm: '' },
    validateInputOnBlur: true,
    validate: {
      name: (value) => (value.trim() ? null : t('auth.signUp.nameRequired')),
      email: (value) =>
        !value.trim() ? t('auth.emailRequired') : isValidEmail(value) ? null : t('auth.emailInvalid'),
      password: (value, values) => {
        const hints = passwordHints(value, { email: values.email });
        return hints.length > 0 ? hints.map((hint) => t(hint.key, hint.params)).join(' ') : null;
      },
      confirm: (value, values) => (value === values.password ? null : t('auth.signUp.passwordsDiffer')),
    },
  });

  const submit = form.onSubmit(
    (values) => {
      const email = values.email.trim();
      signUp.mutate(
        {
          email,
          password: values.password,
          name: values.name.trim(),
          // The server refuses an empty company name; leaving it out means "none given".
          ...(values.companyName.trim() ? { companyName: values.companyName.trim() } : {}),
        },
        {
          onSuccess: (result) => onSignedUp({ ...result, email }),
          onError: (error) =>
            showServerErrors(
              form,
              formErrors(error, { fields: problemFields, t, fallbacks: { email: 'auth.emailInvalid' } }),
            ),
        },
      );
    },
    (errors) => focusFirstError(form, errors),
  );

  return (
    <Stack gap="lg">
      <form onSubmit={submit} noValidate aria-label={t('auth.signUp.title')}>
        <Stack gap="md">
          {signUp.error && (
            <FormAlert title={t('auth.signUp.failed')}>{errorMessage(signUp.error, t)}</FormAlert>
          )}
          <TextInput
            label={t('auth.signUp.name')}
            autoComplete="name"
            required
            {...form.getInputProps('name')}
          />
          <TextInput
            label={t('auth.signUp.company')}
            description={t('auth.signUp.companyHint')}
            autoComplete="organization"
            {...form.getInputProps('companyName')}
          />
          <TextInput
            label={t('auth.email')}
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps('email')}
          />
          <PasswordField
            label={t('auth.password')}
            description={t('auth.signUp.passwordHint', { min: minimumPasswordLength })}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <PasswordField
            label={t('auth.signUp.confirmPassword')}
            autoComplete="new-password"
            required
            {...form.getInputProps('confirm')}
          />
          <Button type="submit" loading={signUp.isPending} fullWidth>
            {t('auth.signUp.submit')}
          </Button>
        </Stack>
      </form>
      <Group gap={6} justify="center">
        <Text size="sm" c="dimmed">
          {t('auth.signUp.haveAccount')}
        </Text>
        <Anchor component={Link} to="/sign-in" size="sm" fw={600}>
          {t('auth.signIn.submit')}
        </Anchor>
      </Group>
    </Stack>
  );
}
