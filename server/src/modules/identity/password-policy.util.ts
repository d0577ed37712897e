import { dictionary } from '@zxcvbn-ts/language-common';
import { AppError } from '../../platform/http/errors';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 1024;

// 49,000 passwords seen most often in breaches (zxcvbn-ts's list, MIT); only the ones long enough to pass
// the length rule matter here.
const commonPasswords = new Set(
  (dictionary['passwords-common'] as string[])
    .filter((password) => password.length >= MIN_PASSWORD_LENGTH)
    .map((password) => password.toLowerCase()),
);

/** Why a new password is not acceptable; empty when it is. */
export function passwordWeaknesses(password: string, context: { email?: string } = {}): string[] {
  const weaknesses: string[] = [];
  if (password.length < MIN_PASSWORD_LENGTH)
    weaknesses.push(`must have at least ${MIN_PASSWORD_LENGTH} characters`);
  if (password.length > MAX_PASSWORD_LENGTH)
    weaknesses.push(`must have at most ${MAX_PASSWORD_LENGTH} characters`);
  const lowered = password.toLowerCase();
  if (commonPasswords.has(lowered)) weaknesses.push('is one of the most common passwords');
  const mailbox = context.email?.split('@')[0]?.toLowerCase();
  if (mailbox && mailbox.length >= 4 && lowered.includes(mailbox))
    weaknesses.push('must not contain your email name');
  if (/^(.)\1+$/.test(password)) weaknesses.push('must not be one character repeated');
  return weaknesses;
}

/** Throws a 400 naming the field when a new password breaks the policy. */
export function assertStrongPassword(password: string, context: { email: string; parameter: string }) {
  const weaknesses = passwordWeaknesses(password, context);
  if (weaknesses.length > 0) {
    throw new AppError('weak_password', 400, `The password ${weaknesses.join('; ')}`, {
      errors: weaknesses.map((message) => ({ parameter: context.parameter, message })),
    });
  }
}
