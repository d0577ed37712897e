import { isApiProblem } from '@smartcrm/api-client';
import { problemFieldErrors, type TranslateParams } from '@smartcrm/ui';
import type { MessageKey } from '../../../i18n/messages-en';
import { hintForWeakness } from './password-policy';

type Translate = (key: MessageKey, params?: TranslateParams) => string;

// Codes whose meaning the customer needs in their own language; any other problem shows its detail.
const messageKeys: Partial<Record<string, MessageKey>> = {
  invalid_credentials: 'auth.error.invalidCredentials',
  email_not_verified: 'auth.error.emailNotVerified',
  invalid_link: 'auth.error.invalidLink',
  weak_password: 'auth.error.weakPassword',
  validation_failed: 'auth.error.validation',
  current_password_incorrect: 'account.error.currentPassword',
  precondition_failed: 'account.error.changedElsewhere',
  version_conflict: 'account.error.changedElsewhere',
};

/**
 * Whether a call failed because of the token its link carried: used or expired, or so mangled (cut short
 * by a mail program, say) that the server refused its shape.
 */
export function isBrokenLink(error: unknown): boolean {
  if (!isApiProblem(error)) return false;
  if (error.code === 'invalid_link') return true;
  return error.code === 'validation_failed' && Boolean(error.errors?.some(isTokenError));
}

function isTokenError(fieldError: { parameter?: string }): boolean {
  return fieldError.parameter === 'body.token';
}

/** What to tell the customer about a failed call, in their language where the failure is a known one. */
export function errorMessage(error: unknown, t: Translate): string {
  if (!isApiProblem(error)) return t('state.networkError');
  if (isBrokenLink(error)) return t('auth.error.invalidLink');
  if (error.status === 429)
    return error.retryAfter
      ? t('auth.error.tooManyAttemptsFor', { seconds: error.retryAfter })
      : t('auth.error.tooManyAttempts');
  const key = messageKeys[error.code];
  return key ? t(key) : error.detail;
}

/**
 * The problem's field errors as form errors: `fields` maps the problem's parameters (`body.password`) to
 * form fields. Password weaknesses are translated; `fallbacks` gives a field a translated message for any
 * other failure (an email the server would not accept, say), else the server's own words are shown.
 */
export function formErrors<Field extends string>(
  error: unknown,
  options: {
    fields: Readonly<Record<string, Field>>;
    t: Translate;
    fallbacks?: Partial<Record<Field, MessageKey>>;
  },
): Partial<Record<Field, string>> {
  const { t } = options;
  const fallbacks: Partial<Record<Field, MessageKey>> = options.fallbacks ?? {};
  const grouped = problemFieldErrors(error, options.fields);
  const result: Partial<Record<Field, string>> = {};
  for (const [field, messages] of Object.entries(grouped) as [Field, string[]][]) {
    const texts = messages.map((message) => {
      const hint = hintForWeakness(message);
      if (hint) return t(hint.key, hint.params);
      const fallback = fallbacks[field];
      return fallback ? t(fallback) : message;
    });
    result[field] = [...new Set(texts)].join(' ');
  }
  return result;
}
