import { ApiProblem } from '@smartcrm/api-client';
import { describe, expect, it } from 'vitest';
import { passwordPolicyMessages, translatePasswordRule } from './password-rules';

const t = (key: string, params?: Record<string, string | number>) =>
  params ? `${key}(${Object.values(params).join(',')})` : key;

const weakPassword = (errors: { parameter: string; message: string }[]) =>
  new ApiProblem({
    type: 'about:blank',
    title: 'Bad Request',
    status: 400,
    detail: 'The password must have at least 10 characters',
    code: 'weak_password',
    errors,
  });

describe('password policy messages', () => {
  it('says the rules this UI knows in its own words, with their numbers', () => {
    expect(translatePasswordRule('must have at least 10 characters', t)).toBe('password.rule.minLength(10)');
    expect(translatePasswordRule('is one of the most common passwords', t)).toBe('password.rule.common()');
  });

  it('passes on a rule it does not know as the server wrote it', () => {
    expect(translatePasswordRule('must contain a haiku', t)).toBe('must contain a haiku');
  });

  it('picks the rules for the field the form shows', () => {
    const error = weakPassword([
      { parameter: 'body.newPassword', message: 'must have at least 10 characters' },
      { parameter: 'body.newPassword', message: 'must not contain your email name' },
      { parameter: 'body.other', message: 'ignored' },
    ]);
    expect(passwordPolicyMessages(error, 'body.newPassword', t)).toEqual([
      'password.rule.minLength(10)',
      'password.rule.emailName()',
    ]);
  });

  it('falls back to the detail, and ignores other problems', () => {
    expect(passwordPolicyMessages(weakPassword([]), 'body.password', t)).toEqual([
      'The password must have at least 10 characters',
    ]);
    expect(passwordPolicyMessages(new Error('offline'), 'body.password', t)).toEqual([]);
  });
});
