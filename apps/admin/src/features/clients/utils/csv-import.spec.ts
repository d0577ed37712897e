import { describe, expect, it } from 'vitest';
import { guessImportTarget, importMapping, readCsvRecords } from './csv-import';

describe('readCsvRecords', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks, skipping blank lines', () => {
    const text = '\uFEFFCompany,"Notes, long"\r\n\r\n"Acme, Inc.","Said ""hi""\ntwice"\nBeta,\n';
    expect(readCsvRecords(text, 10)).toEqual([
      ['Company', 'Notes, long'],
      ['Acme, Inc.', 'Said "hi"\ntwice'],
      ['Beta', ''],
    ]);
  });

  it('stops after the records it was asked for', () => {
    expect(readCsvRecords('a,b\n1,2\n3,4', 1)).toEqual([['a', 'b']]);
    expect(readCsvRecords('a,b\n1,2', 5)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});

describe('guessImportTarget', () => {
  it('matches field names in any spelling, and custom fields by key', () => {
    expect(guessImportTarget('Company name', [])).toBe('companyName');
    expect(guessImportTarget('owner_email', [])).toBe('ownerEmail');
    expect(guessImportTarget('custom.region_code', ['region_code'])).toBe('custom.region_code');
    expect(guessImportTarget('Region code', ['region_code'])).toBe('custom.region_code');
    expect(guessImportTarget('custom.unknown', ['region_code'])).toBeNull();
    expect(guessImportTarget('Favourite colour', [])).toBeNull();
  });
});

describe('importMapping', () => {
  it('leaves out ignored columns and names what is wrong', () => {
    expect(importMapping({ Company: 'companyName', Notes: null, ' Mail ': 'email' })).toEqual({
      mapping: { Company: 'companyName', Mail: 'email' },
      problems: [],
    });
    expect(importMapping({ A: 'email', B: 'email', C: 'email' }).problems).toEqual([
      { kind: 'companyNameMissing' },
      { kind: 'duplicateTarget', target: 'email' },
    ]);
  });
});
