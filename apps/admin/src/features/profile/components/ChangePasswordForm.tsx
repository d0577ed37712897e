import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { isApiProblem } from '@smartcrm/api-client';
import { IconCircleCheck } from '@tabler/icons-react';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { NewPasswordFields } from '../../auth/components/NewPasswordFields';
import { confirmPasswordProblem, newPasswordProblem } from '../../auth/utils/new-password-validation';
import { isPasswordPolicyProblem, passwordPolicyMessages } from '../../auth/utils/password-rules';
import { useChangePassword } from '../api/useChangePassword';

export function ChangePasswordForm() {
  const { t } = useI18n();
  const change = useChangePassword();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: {
      currentPassword: (value) => (value ? null : t('password.currentRequired')),
      newPassword: (value) => {
        const problem = newPasswordProblem(value);
        return problem && t(problem);
      },
      confirmPassword: (value, values) => {
        const problem = confirmPasswordProblem(value, values.newPassword);
        return problem && t(problem);
      },
    },
  });

  const submit = form.onSubmit((values) =>
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => form.reset(),
        onError: (error) => {
          if (isApiProblem(error) && error.code === 'current_password_incorrect') {
            form.setFieldError('currentPassword', t('password.currentIncorrect'));
          }
          const policy = passwordPolicyMessages(error, 'body.newPassword', t);
          if (policy.length > 0) {
            form.setFieldError(
              'newPassword',
              t('password.notAllowed', { reasons: policy.join(t('list.separator')) }),
            );
          }
        },
      },
    ),
  );

  const shownAtField =
    isPasswordPolicyProblem(change.error) ||
    (isApiProblem(change.error) && change.error.code === 'current_password_incorrect');

  return (
    <form onSubmit={submit} noValidate aria-label={t('password.changeTitle')}>
      <Stack gap="md">
        {change.isSuccess && !form.isDirty() && (
          <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
            {t('password.changed')}
          </Alert>
        )}
        {change.isError && !shownAtField && (
          <ProblemAlert error={change.error} title={t('password.changeFailed')} />
        )}
        <PasswordInput
          label={t('password.current')}
          autoComplete="current-password"
          required
          visibilityToggleButtonProps={{ 'aria-label': t('auth.togglePassword') }}
          {...form.getInputProps('currentPassword')}
        />
        <NewPasswordFields form={form} />
        <Group justify="flex-end">
          <Button type="submit" loading={change.isPending}>
            {t('password.changeSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
