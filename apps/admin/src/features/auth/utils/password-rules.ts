import { isApiProblem } from '@smartcrm/api-client';
import type { MessageKey } from '../../../i18n/messages-en';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

// The server names each broken rule in English; these are the ones this UI can say in the user's language.
const knownRules: [RegExp, MessageKey][] = [
  [/^must have at least (\d+) characters$/, 'password.rule.minLength'],
  [/^must have at most (\d+) characters$/, 'password.rule.maxLength'],
  [/^is one of the most common passwords$/, 'password.rule.common'],
  [/^must not contain your email name$/, 'password.rule.emailName'],
  [/^must not be one character repeated$/, 'password.rule.repeated'],
];

/** One rule of the server's password policy, in the UI's language when known, as sent otherwise. */
export function translatePasswordRule(message: string, t: Translate): string {
  for (const [pattern, key] of knownRules) {
    const match = pattern.exec(message.trim());
    if (match) return t(key, { count: match[1] ?? '' });
  }
  return message;
}

export function isPasswordPolicyProblem(error: unknown): boolean {
  return isApiProblem(error) && error.code === 'weak_password';
}

/** The policy rules a `weak_password` problem says the password at `parameter` breaks, translated. */
export function passwordPolicyMessages(error: unknown, parameter: string, t: Translate): string[] {
  if (!isApiProblem(error) || !isPasswordPolicyProblem(error)) return [];
  const messages = (error.errors ?? [])
    .filter((item) => item.parameter === parameter)
    .map((item) => translatePasswordRule(item.message, t));
  // A policy problem without field details still says what is wrong in its detail.
  return messages.length > 0 ? messages : [error.detail];
}
