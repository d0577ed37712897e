import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconMailCheck } from '@tabler/icons-react';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useRequestPasswordReset } from '../api/useRequestPasswordReset';

/** Asks for a reset link. The confirmation never says whether the address has an account. */
export function ForgotPasswordForm() {
  const { t } = useI18n();
  const request = useRequestPasswordReset();
  const form = useForm({
    initialValues: { email: '' },
    validate: { email: (value) => (/^\S+@\S+$/.test(value.trim()) ? null : t('auth.emailInvalid')) },
  });

  if (request.isSuccess) {
    return (
      <Alert color="green" variant="light" icon={<IconMailCheck aria-hidden />} role="status">
        {t('forgot.sent', { email: request.variables })}
      </Alert>
    );
  }

  return (
    <form
      onSubmit={form.onSubmit((values) => request.mutate(values.email.trim()))}
      noValidate
      aria-label={t('forgot.title')}
    >
      <Stack gap="md">
        {request.isError && <ProblemAlert error={request.error} title={t('forgot.failed')} />}
        <TextInput
          label={t('auth.email')}
          type="email"
          autoComplete="username"
          required
          {...form.getInputProps('email')}
        />
        <Button type="submit" loading={request.isPending} fullWidth>
          {t('forgot.submit')}
        </Button>
      </Stack>
    </form>
  );
}
