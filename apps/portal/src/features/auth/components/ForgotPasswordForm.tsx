import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconMailCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { FormAlert } from '../../../ui/FormAlert';
import { focusFirstError, showServerErrors } from '../../../ui/form-focus';
import { isValidEmail } from '../../contact/utils/support-request';
import { useRequestPasswordReset } from '../api/useRequestPasswordReset';
import { errorMessage, formErrors } from '../utils/error-message';

export function ForgotPasswordForm() {
  const { t } = useI18n();
  const requestReset = useRequestPasswordReset();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: '' },
    validate: {
      email: (value) =>
        !value.trim() ? t('auth.emailRequired') : isValidEmail(value) ? null : t('auth.emailInvalid'),
    },
  });

  const submit = form.onSubmit(
    ({ email }) => {
      const address = email.trim();
      requestReset.mutate(address, {
        onSuccess: () => setSentTo(address),
        onError: (error) =>
          showServerErrors(
            form,
            formErrors(error, {
              fields: { 'body.email': 'email' },
              t,
              fallbacks: { email: 'auth.emailInvalid' },
            }),
          ),
      });
    },
    (errors) => focusFirstError(form, errors),
  );

  const backToSignIn = (
    <Anchor component={Link} to="/sign-in" size="sm">
      {t('auth.backToSignIn')}
    </Anchor>
  );

  if (sentTo)
    return (
      <Stack gap="md">
        <Alert
          color="green"
          variant="light"
          icon={<IconMailCheck aria-hidden />}
          title={t('auth.forgot.doneTitle')}
          role="status"
        >
          {t('auth.forgot.doneText', { email: sentTo })}
        </Alert>
        {backToSignIn}
      </Stack>
    );

  return (
    <Stack gap="lg">
      <form onSubmit={submit} noValidate aria-label={t('auth.forgot.title')}>
        <Stack gap="md">
          {requestReset.error && (
            <FormAlert title={t('auth.forgot.failed')}>{errorMessage(requestReset.error, t)}</FormAlert>
          )}
          <TextInput
            label={t('auth.email')}
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps('email')}
          />
          <Button type="submit" loading={requestReset.isPending} fullWidth>
            {t('auth.forgot.submit')}
          </Button>
        </Stack>
      </form>
      {backToSignIn}
    </Stack>
  );
}
