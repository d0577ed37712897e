import { ApiProblem, type ProblemDetails } from '@smartcrm/api-client';
import type { TranslateParams } from '@smartcrm/ui';
import { describe, expect, it } from 'vitest';
import type { MessageKey } from '../../../i18n/messages-en';
import { errorMessage, formErrors, isBrokenLink } from './error-message';

// Stands in for the translation function: shows which key (and parameters) a message would use.
const t = (key: MessageKey, params?: TranslateParams) => (params ? `${key} ${JSON.stringify(params)}` : key);

const problem = (fields: Partial<ProblemDetails> & Pick<ProblemDetails, 'status' | 'code'>) =>
  new ApiProblem({ type: 'about:blank', title: 'Error', detail: 'Server detail', ...fields });

describe('errorMessage', () => {
  it('translates the failures a customer meets when signing in', () => {
    expect(errorMessage(problem({ status: 401, code: 'invalid_credentials' }), t)).toBe(
      'auth.error.invalidCredentials',
    );
    expect(errorMessage(problem({ status: 403, code: 'email_not_verified' }), t)).toBe(
      'auth.error.emailNotVerified',
    );
  });

  it('says how long to wait after too many attempts, when the server said so', () => {
    expect(errorMessage(problem({ status: 429, code: 'too_many_attempts', retryAfter: 120 }), t)).toBe(
      'auth.error.tooManyAttemptsFor {"seconds":120}',
    );
    expect(errorMessage(problem({ status: 429, code: 'rate_limited' }), t)).toBe(
      'auth.error.tooManyAttempts',
    );
  });

  it('shows the server’s own detail for a failure it has no translation for', () => {
    expect(errorMessage(problem({ status: 409, code: 'email_taken' }), t)).toBe('Server detail');
  });

  it('blames the connection when the server could not be reached', () => {
    expect(errorMessage(new TypeError('Failed to fetch'), t)).toBe('state.networkError');
  });
});

describe('isBrokenLink', () => {
  it('recognises a used or expired link', () => {
    expect(isBrokenLink(problem({ status: 400, code: 'invalid_link' }))).toBe(true);
  });

  it('recognises a token cut short, which the server refuses as malformed', () => {
    const malformed = problem({
      status: 400,
      code: 'validation_failed',
      errors: [{ parameter: 'body.token', message: 'Too small: expected string to have >=20 characters' }],
    });

    expect(isBrokenLink(malformed)).toBe(true);
    expect(errorMessage(malformed, t)).toBe('auth.error.invalidLink');
  });

  it('does not blame the link for other failures', () => {
    const weak = problem({
      status: 400,
      code: 'weak_password',
      errors: [{ parameter: 'body.password', message: 'is one of the most common passwords' }],
    });

    expect(isBrokenLink(weak)).toBe(false);
    expect(isBrokenLink(new TypeError('Failed to fetch'))).toBe(false);
  });
});

describe('formErrors', () => {
  const fields = { 'body.password': 'password', 'body.email': 'email', 'body.name': 'name' } as const;

  it('puts translated password weaknesses on the password field', () => {
    const weak = problem({
      status: 400,
      code: 'weak_password',
      errors: [
        { parameter: 'body.password', message: 'must have at least 10 characters' },
        { parameter: 'body.password', message: 'is one of the most common passwords' },
      ],
    });

    expect(formErrors(weak, { fields, t })).toEqual({
      password: 'password.tooShort {"min":10} password.common',
    });
  });

  it('uses a field’s translated fallback for other failures, and the server’s words without one', () => {
    const invalid = problem({
      status: 400,
      code: 'validation_failed',
      errors: [
        { parameter: 'body.email', message: 'Invalid email address' },
        { parameter: 'body.name', message: 'Too small: expected string to have >=1 characters' },
      ],
    });

    expect(formErrors(invalid, { fields, t, fallbacks: { email: 'auth.emailInvalid' } })).toEqual({
      email: 'auth.emailInvalid',
      name: 'Too small: expected string to have >=1 characters',
    });
  });

  it('shows a repeated translation once', () => {
    const invalid = problem({
      status: 400,
      code: 'validation_failed',
      errors: [
        { parameter: 'body.email', message: 'Invalid email address' },
        { parameter: 'body.email', message: 'Too long' },
      ],
    });

    expect(formErrors(invalid, { fields, t, fallbacks: { email: 'auth.emailInvalid' } })).toEqual({
      email: 'auth.emailInvalid',
    });
  });
});
