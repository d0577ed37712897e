import { Alert, Anchor, Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCircleCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { FormAlert } from '../../../ui/FormAlert';
import { focusFirstError, showServerErrors } from '../../../ui/form-focus';
import { PasswordField } from '../../../ui/PasswordField';
import { useCompletePasswordReset } from '../api/useCompletePasswordReset';
import { errorMessage, formErrors, isBrokenLink } from '../utils/error-message';
import { minimumPasswordLength, passwordHints } from '../utils/password-policy';

export type ResetPasswordFormProps = { token: string };

export function ResetPasswordForm({ token }: ResetPasswordFormProps) {
  const { t } = useI18n();
  const reset = useCompletePasswordReset();
  const form = useForm({
    initialValues: { password: '', confirm: '' },
    validateInputOnBlur: true,
    validate: {
      password: (value) => {
        const hints = passwordHints(value);
        return hints.length > 0 ? hints.map((hint) => t(hint.key, hint.params)).join(' ') : null;
      },
      confirm: (value, values) => (value === values.password ? null : t('auth.signUp.passwordsDiffer')),
    },
  });

  const submit = form.onSubmit(
    ({ password }) =>
      reset.mutate(
        { token, password },
        {
          onError: (error) =>
            showServerErrors(form, formErrors(error, { fields: { 'body.password': 'password' }, t })),
        },
      ),
    (errors) => focusFirstError(form, errors),
  );

  if (reset.isSuccess)
    return (
      <Stack gap="md">
        <Alert
          color="green"
          variant="light"
          icon={<IconCircleCheck aria-hidden />}
          title={t('auth.reset.doneTitle')}
          role="status"
        >
          {t('auth.reset.doneText')}
        </Alert>
        <Button component={Link} to="/sign-in">
          {t('auth.signIn.submit')}
        </Button>
      </Stack>
    );

  const linkBroken = isBrokenLink(reset.error);
  return (
    <form onSubmit={submit} noValidate aria-label={t('auth.reset.title')}>
      <Stack gap="md">
        {reset.error && (
          <FormAlert title={t('auth.reset.failed')}>
            <Stack gap={4} align="flex-start">
              {errorMessage(reset.error, t)}
              {linkBroken && (
                <Anchor component={Link} to="/forgot-password" size="sm">
                  {t('auth.reset.requestNewLink')}
                </Anchor>
              )}
            </Stack>
          </FormAlert>
        )}
        <PasswordField
          label={t('auth.reset.password')}
          description={t('auth.signUp.passwordHint', { min: minimumPasswordLength })}
          autoComplete="new-password"
          required
          {...form.getInputProps('password')}
        />
        <PasswordField
          label={t('auth.reset.confirmPassword')}
          autoComplete="new-password"
          required
          {...form.getInputProps('confirm')}
        />
        <Button type="submit" loading={reset.isPending} fullWidth>
          {t('auth.reset.submit')}
        </Button>
      </Stack>
    </form>
  );
}
