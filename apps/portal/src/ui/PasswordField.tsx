import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useI18n } from '../i18n/useI18n';

export type PasswordFieldProps = Omit<PasswordInputProps, 'visibilityToggleButtonProps'>;

/**
 * Mantine's password input with a translated show/hide button, and `aria-invalid` on the field itself:
 * Mantine marks other inputs invalid for assistive technology, but not this one.
 */
export function PasswordField({ error, ...props }: PasswordFieldProps) {
  const { t } = useI18n();
  return (
    <PasswordInput
      {...props}
      error={error}
      aria-invalid={error ? true : undefined}
      visibilityToggleButtonProps={{ 'aria-label': t('auth.togglePassword') }}
    />
  );
}
