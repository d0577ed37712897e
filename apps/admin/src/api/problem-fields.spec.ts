import { ApiProblem } from '@smartcrm/api-client';
import { describe, expect, it } from 'vitest';
import { problemFieldMessages } from './problem-fields';

const problem = (errors: { parameter: string; message: string }[]) =>
  new ApiProblem({
    type: 'about:blank',
    title: 'Bad Request',
    status: 400,
    detail: 'Invalid',
    code: 'validation_failed',
    errors,
  });

describe('problemFieldMessages', () => {
  it('groups the messages of one request part by field', () => {
    const error = problem([
      { parameter: 'body.newPassword', message: 'must have at least 10 characters' },
      { parameter: 'body.newPassword', message: 'is one of the most common passwords' },
      { parameter: 'body.email', message: 'Invalid email address' },
      { parameter: 'query.limit', message: 'Too big' },
    ]);
    expect(problemFieldMessages(error)).toEqual({
      newPassword: ['must have at least 10 characters', 'is one of the most common passwords'],
      email: ['Invalid email address'],
    });
    expect(problemFieldMessages(error, 'query')).toEqual({ limit: ['Too big'] });
  });

  it('has nothing to say about errors that are not API problems', () => {
    expect(problemFieldMessages(new Error('offline'))).toEqual({});
  });
});
