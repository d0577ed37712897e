import { PasswordInput, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useI18n } from '../../../i18n/useI18n';

export type NewPasswordValues = { newPassword: string; confirmPassword: string };

export type NewPasswordFieldsProps<Values extends NewPasswordValues> = {
  form: UseFormReturnType<Values>;
};

/** "New password" and "Confirm new password", with the policy hint; shared by every form that sets one. */
export function NewPasswordFields<Values extends NewPasswordValues>({
  form,
}: NewPasswordFieldsProps<Values>) {
  const { t } = useI18n();
  const toggle = { 'aria-label': t('auth.togglePassword') };
  return (
    <Stack gap="md">
      <PasswordInput
        label={t('password.new')}
        description={t('password.hint')}
        autoComplete="new-password"
        required
        visibilityToggleButtonProps={toggle}
        {...form.getInputProps('newPassword')}
      />
      <PasswordInput
        label={t('password.confirm')}
        autoComplete="new-password"
        required
        visibilityToggleButtonProps={toggle}
        {...form.getInputProps('confirmPassword')}
      />
    </Stack>
  );
}
