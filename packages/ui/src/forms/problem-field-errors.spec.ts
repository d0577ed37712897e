import { ApiProblem } from '@smartcrm/api-client';
import { describe, expect, it } from 'vitest';
import { problemFieldErrors } from './problem-field-errors';

const problem = (errors: { parameter: string; message: string }[]) =>
  new ApiProblem({
    type: 'about:blank',
    title: 'Bad Request',
    status: 400,
    detail: 'Invalid request',
    code: 'validation_failed',
    errors,
  });

const fields = { 'body.email': 'email', 'body.password': 'password', 'body.address': 'address' } as const;

describe('problemFieldErrors', () => {
  it('groups the messages of each parameter under the form field that shows it', () => {
    const error = problem([
      { parameter: 'body.password', message: 'must have at least 10 characters' },
      { parameter: 'body.password', message: 'is one of the most common passwords' },
      { parameter: 'body.email', message: 'Invalid email address' },
    ]);

    expect(problemFieldErrors(error, fields)).toEqual({
      password: ['must have at least 10 characters', 'is one of the most common passwords'],
      email: ['Invalid email address'],
    });
  });

  it('shows a failure inside a nested object on the field of that object', () => {
    const error = problem([{ parameter: 'body.address.city', message: 'is required' }]);

    expect(problemFieldErrors(error, fields)).toEqual({ address: ['is required'] });
  });

  it('leaves out parameters the form has no field for, and prefixes that only look alike', () => {
    const error = problem([
      { parameter: 'body.companyName', message: 'is too long' },
      { parameter: 'body.emailAddress', message: 'is not allowed' },
      { parameter: 'query.limit', message: 'is too big' },
    ]);

    expect(problemFieldErrors(error, fields)).toEqual({});
  });

  it('has nothing to say about errors that are not API problems', () => {
    expect(problemFieldErrors(new TypeError('Failed to fetch'), fields)).toEqual({});
    expect(problemFieldErrors(undefined, fields)).toEqual({});
  });
});
