import { describe, expect, it } from 'vitest';
import { companyDomain, normaliseCompanyName } from './client-matching.util';

describe('duplicate matching', () => {
  it('takes the company domain of an email, but not a personal mail provider', () => {
    expect(companyDomain('Ana@Northwind.Example')).toBe('northwind.example');
    expect(companyDomain('someone@gmail.com')).toBeUndefined();
    expect(companyDomain(null)).toBeUndefined();
    expect(companyDomain('not-an-email')).toBeUndefined();
  });

  it('compares company names without case, punctuation or legal form', () => {
    expect(normaliseCompanyName('Northwind Traders Ltd.')).toBe('northwind traders');
    expect(normaliseCompanyName('NORTHWIND-TRADERS, Inc')).toBe('northwind traders');
    expect(normaliseCompanyName('Müller GmbH & Co. KG')).toBe('müller kg');
    expect(normaliseCompanyName('Inc.')).toBe('inc');
  });
});
