import { Alert, Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCircleCheck } from '@tabler/icons-react';
import { useI18n } from '../../../i18n/useI18n';
import { FormAlert } from '../../../ui/FormAlert';
import { focusFirstError, showServerErrors } from '../../../ui/form-focus';
import { PasswordField } from '../../../ui/PasswordField';
import { errorMessage, formErrors } from '../../auth/utils/error-message';
import { minimumPasswordLength, passwordHints } from '../../auth/utils/password-policy';
import { useChangePassword } from '../api/useChangePassword';

export type ChangePasswordFormProps = { email: string };

const problemFields = { 'body.currentPassword': 'current', 'body.newPassword': 'next' } as const;

export function ChangePasswordForm({ email }: ChangePasswordFormProps) {
  const { t } = useI18n();
  const changePassword = useChangePassword();
  const form = useForm({
    initialValues: { current: '', next: '', confirm: '' },
    validate: {
      current: (value) => (value ? null : t('auth.passwordRequired')),
      next: (value) => {
        const hints = passwordHints(value, { email });
        return hints.length > 0 ? hints.map((hint) => t(hint.key, hint.params)).join(' ') : null;
      },
      confirm: (value, values) => (value === values.next ? null : t('auth.signUp.passwordsDiffer')),
    },
    // The success notice is about the last change; typing a new one retires it.
    onValuesChange: () => {
      if (changePassword.isSuccess) changePassword.reset();
    },
  });

  const submit = form.onSubmit(
    (values) =>
      changePassword.mutate(
        { currentPassword: values.current, newPassword: values.next },
        {
          onSuccess: () => form.reset(),
          onError: (error) =>
            showServerErrors(
              form,
              formErrors(error, {
                fields: problemFields,
                t,
                fallbacks: { current: 'account.error.currentPassword' },
              }),
            ),
        },
      ),
    (errors) => focusFirstError(form, errors),
  );

  return (
    <form onSubmit={submit} noValidate aria-label={t('account.password.title')}>
      <Stack gap="md">
        {/* Lets password managers know which account the new password belongs to. */}
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        {changePassword.error && (
          <FormAlert title={t('account.password.failed')}>{errorMessage(changePassword.error, t)}</FormAlert>
        )}
        <PasswordField
          label={t('account.password.current')}
          autoComplete="current-password"
          required
          {...form.getInputProps('current')}
        />
        <PasswordField
          label={t('account.password.new')}
          description={t('auth.signUp.passwordHint', { min: minimumPasswordLength })}
          autoComplete="new-password"
          required
          {...form.getInputProps('next')}
        />
        <PasswordField
          label={t('account.password.confirm')}
          autoComplete="new-password"
          required
          {...form.getInputProps('confirm')}
        />
        {changePassword.isSuccess && (
          <Alert color="green" variant="light" role="status" py="xs" icon={<IconCircleCheck aria-hidden />}>
            {t('account.password.changed')}
          </Alert>
        )}
        <Button type="submit" loading={changePassword.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('account.password.submit')}
        </Button>
      </Stack>
    </form>
  );
}
