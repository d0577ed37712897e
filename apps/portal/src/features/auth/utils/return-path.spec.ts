import { describe, expect, it } from 'vitest';
import { returnPath } from './return-path';

describe('returnPath', () => {
  it('returns to the page of this site that asked the visitor to sign in', () => {
    expect(returnPath('/account?tab=orders')).toBe('/account?tab=orders');
  });

  it('goes to the account page when nothing asked', () => {
    expect(returnPath(undefined)).toBe('/account');
    expect(returnPath(null)).toBe('/account');
  });

  it('never leaves the site', () => {
    expect(returnPath('https://evil.example/account')).toBe('/account');
    expect(returnPath('//evil.example/account')).toBe('/account');
    expect(returnPath('/\\evil.example')).toBe('/account');
  });

  it('does not return to the sign-in or sign-up page itself', () => {
    expect(returnPath('/sign-in')).toBe('/account');
    expect(returnPath('/sign-up?x=1')).toBe('/account');
    expect(returnPath('/sign-inside')).toBe('/sign-inside');
  });
});
