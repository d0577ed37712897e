import { describe, expect, it } from 'vitest';
import {
  guessImportTarget,
  type ImportFieldChoice,
  importFieldLabelKey,
  importMapping,
  readCsvRecords,
} from './csv-import';

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

// As GET /api/clients/import/fields lists them: client fields first, then custom fields.
const fields: ImportFieldChoice[] = [
  { key: 'companyName', label: 'Company name', required: true },
  { key: 'email', label: 'Email', required: false },
  { key: 'ownerEmail', label: 'Account manager (email)', required: false },
  { key: 'region', label: 'Region or state', required: false },
  { key: 'custom.region_code', label: 'Region code', required: false },
  { key: 'custom.region', label: 'Sales region', required: false },
  { key: 'custom.signed_nda', label: 'NDA signed', required: true },
];

describe('guessImportTarget', () => {
  it('matches the listed keys in any spelling, custom keys with or without their prefix', () => {
    expect(guessImportTarget('Company name', fields)).toBe('companyName');
    expect(guessImportTarget('owner_email', fields)).toBe('ownerEmail');
    expect(guessImportTarget('custom.region_code', fields)).toBe('custom.region_code');
    expect(guessImportTarget('Region code', fields)).toBe('custom.region_code');
    expect(guessImportTarget('custom.unknown', fields)).toBeNull();
    expect(guessImportTarget('Favourite colour', fields)).toBeNull();
  });

  it('prefers a client field to a custom field of the same name, and falls back to labels', () => {
    expect(guessImportTarget('Region', fields)).toBe('region');
    expect(guessImportTarget('CUSTOM.REGION', fields)).toBe('custom.region');
    expect(guessImportTarget('Sales region', fields)).toBe('custom.region');
    expect(guessImportTarget('NDA signed', fields)).toBe('custom.signed_nda');
  });

  it('offers only what the server lists', () => {
    expect(guessImportTarget('Phone', fields)).toBeNull();
    expect(guessImportTarget('Phone', [...fields, { key: 'phone', label: 'Phone', required: false }])).toBe(
      'phone',
    );
  });
});

describe('importFieldLabelKey', () => {
  it('translates client fields the admin knows, never custom fields', () => {
    expect(importFieldLabelKey('companyName')).toBe('import.field.companyName');
    expect(importFieldLabelKey('someFieldAddedLater')).toBeNull();
    expect(importFieldLabelKey('custom.companyName')).toBeNull();
  });
});

describe('importMapping', () => {
  const required = fields.filter((field) => field.key === 'companyName');

  it('leaves out ignored columns and names what is wrong', () => {
    expect(importMapping({ Company: 'companyName', Notes: null, ' Mail ': 'email' }, required)).toEqual({
      mapping: { Company: 'companyName', Mail: 'email' },
      problems: [],
    });
    expect(importMapping({ A: 'email', B: 'email', C: 'email' }, required).problems).toEqual([
      { kind: 'requiredMissing', target: 'companyName' },
      { kind: 'duplicateTarget', target: 'email' },
    ]);
  });

  it('asks for every field the server says each row needs, custom ones included', () => {
    expect(importMapping({ Company: 'companyName' }, fields).problems).toEqual([
      { kind: 'requiredMissing', target: 'custom.signed_nda' },
    ]);
    expect(importMapping({ Company: 'companyName', NDA: 'custom.signed_nda' }, fields).problems).toEqual([]);
  });
});
