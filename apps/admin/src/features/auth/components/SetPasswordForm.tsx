import { Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { confirmPasswordProblem, newPasswordProblem } from '../utils/new-password-validation';
import { isPasswordPolicyProblem, passwordPolicyMessages } from '../utils/password-rules';
import { NewPasswordFields } from './NewPasswordFields';

export type SetPasswordFormProps = {
  label: string;
  submitLabel: string;
  pending: boolean;
  /** The last attempt's failure; policy breaches are shown at the field, others as `failure`. */
  error: unknown;
  failure: ReactNode;
  /** Sends the password; rejects with the server's problem. */
  onSubmit: (password: string) => Promise<unknown>;
};

/** Choose a password from a link: invitation acceptance and password reset. */
export function SetPasswordForm({
  label,
  submitLabel,
  pending,
  error,
  failure,
  onSubmit,
}: SetPasswordFormProps) {
  const { t } = useI18n();
  const form = useForm({
    initialValues: { newPassword: '', confirmPassword: '' },
    validate: {
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

  const submit = form.onSubmit(async (values) => {
    try {
      await onSubmit(values.newPassword);
    } catch (problem) {
      const policy = passwordPolicyMessages(problem, 'body.password', t);
      if (policy.length > 0)
        form.setFieldError(
          'newPassword',
          t('password.notAllowed', { reasons: policy.join(t('list.separator')) }),
        );
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={label}>
      <Stack gap="md">
        {Boolean(error) && !isPasswordPolicyProblem(error) && failure}
        <NewPasswordFields form={form} />
        <Button type="submit" loading={pending} fullWidth>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
