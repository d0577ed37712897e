import type { MessageKey } from '../../../i18n/messages-en';

/**
 * What the browser checks before a new password goes to the server: that there is one and that it was
 * typed the same twice. The policy itself (length, common passwords) is the server's, so it is not
 * repeated here; its answer is shown instead.
 */
export function newPasswordProblem(newPassword: string): MessageKey | null {
  return newPassword ? null : 'password.required';
}

export function confirmPasswordProblem(confirmPassword: string, newPassword: string): MessageKey | null {
  if (!confirmPassword) return 'password.confirmRequired';
  return confirmPassword === newPassword ? null : 'password.mismatch';
}
