import type { MessageKey } from '../../../i18n/messages-en';

/** The server's minimum; it also refuses the most common passwords, which only it knows. */
export const minimumPasswordLength = 10;
const maximumPasswordLength = 1024;

export type PasswordHint = { key: MessageKey; params?: Record<string, number> };

/**
 * The rules of the server's password policy that can be checked before sending, so most weak passwords
 * are explained at once and in the visitor's language.
 */
export function passwordHints(password: string, context: { email?: string } = {}): PasswordHint[] {
  const hints: PasswordHint[] = [];
  if (password.length < minimumPasswordLength)
    hints.push({ key: 'password.tooShort', params: { min: minimumPasswordLength } });
  if (password.length > maximumPasswordLength)
    hints.push({ key: 'password.tooLong', params: { max: maximumPasswordLength } });
  const mailbox = context.email?.trim().split('@')[0]?.toLowerCase();
  if (mailbox && mailbox.length >= 4 && password.toLowerCase().includes(mailbox))
    hints.push({ key: 'password.containsEmail' });
  if (password.length > 1 && /^(.)\1+$/.test(password)) hints.push({ key: 'password.repeated' });
  return hints;
}

// The server explains a weak password in English fragments ("must have at least 10 characters"); the
// ones it is known to send are shown translated, anything new as it came.
const weaknessPatterns: { pattern: RegExp; hint: (match: RegExpExecArray) => PasswordHint }[] = [
  {
    pattern: /at least (\d+) characters/,
    hint: (match) => ({ key: 'password.tooShort', params: { min: Number(match[1]) } }),
  },
  {
    pattern: /at most (\d+) characters/,
    hint: (match) => ({ key: 'password.tooLong', params: { max: Number(match[1]) } }),
  },
  { pattern: /most common passwords/, hint: () => ({ key: 'password.common' }) },
  { pattern: /email name/, hint: () => ({ key: 'password.containsEmail' }) },
  { pattern: /one character repeated/, hint: () => ({ key: 'password.repeated' }) },
];

/** The translatable hint for one of the server's password weaknesses, or null for one this UI does not know. */
export function hintForWeakness(message: string): PasswordHint | null {
  for (const { pattern, hint } of weaknessPatterns) {
    const match = pattern.exec(message);
    if (match) return hint(match);
  }
  return null;
}
