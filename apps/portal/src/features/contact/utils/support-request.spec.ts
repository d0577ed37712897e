import { describe, expect, it } from 'vitest';
import { isValidEmail } from './support-request';

describe('support request validation', () => {
  it('accepts ordinary addresses and rejects ones without a domain', () => {
    expect(isValidEmail('li.wei@example.com')).toBe(true);
    expect(isValidEmail('li.wei@example')).toBe(false);
    expect(isValidEmail('not an email')).toBe(false);
  });
});
