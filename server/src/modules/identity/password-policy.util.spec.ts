import { describe, expect, it } from 'vitest';
import { passwordWeaknesses } from './password-policy.util';

describe('password policy', () => {
  it('accepts a long, uncommon passphrase', () => {
    expect(passwordWeaknesses('violet tractor gallops home', { email: 'ada@example.com' })).toEqual([]);
  });

  it('refuses short, common, repeated and email-derived passwords, saying why', () => {
    expect(passwordWeaknesses('Short1!')).toEqual(['must have at least 10 characters']);
    expect(passwordWeaknesses('Password123')).toEqual(['is one of the most common passwords']);
    expect(passwordWeaknesses('qwertyuiop')).toEqual(['is one of the most common passwords']);
    expect(passwordWeaknesses('aaaaaaaaaaaa')).toContain('must not be one character repeated');
    expect(passwordWeaknesses('grace.hopper-rocks', { email: 'grace.hopper@example.com' })).toEqual([
      'must not contain your email name',
    ]);
  });
});
