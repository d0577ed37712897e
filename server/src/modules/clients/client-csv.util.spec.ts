import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  describeImportFields,
  importableFields,
  protectCell,
  recordStartLine,
  splitTags,
  targetOf,
  unprotectCell,
} from './client-csv.util';

describe('client CSV', () => {
  it('understands headers in any spelling, and custom field columns', () => {
    expect(targetOf('Company name')).toEqual({ kind: 'field', field: 'companyName' });
    expect(targetOf('company_name')).toEqual({ kind: 'field', field: 'companyName' });
    expect(targetOf(' OWNER EMAIL ')).toEqual({ kind: 'field', field: 'ownerEmail' });
    expect(targetOf('custom.region_code')).toEqual({ kind: 'custom', key: 'region_code' });
    expect(targetOf('Favourite colour')).toBeUndefined();
  });

  it('describes every importable column, custom fields after the client fields as custom.<key>', () => {
    const described = describeImportFields([
      { key: 'region', label: 'Sales region', type: 'select', options: ['emea', 'apac'], required: true },
      { key: 'signed', label: 'Signed', type: 'boolean', options: [], required: false },
    ]);
    expect(described.map((field) => field.key)).toEqual([
      ...importableFields,
      'custom.region',
      'custom.signed',
    ]);
    expect(described.filter((field) => field.required).map((field) => field.key)).toEqual([
      'companyName',
      'custom.region',
    ]);
    expect(described.at(-2)).toMatchObject({ label: 'Sales region', type: 'enum', values: ['emea', 'apac'] });
    expect(described.at(-1)).toMatchObject({ type: 'boolean', values: null });
    // Every key described is one the import reads.
    for (const field of described) expect(targetOf(field.key)).toBeDefined();
  });

  it('reports the line a record starts on, past blank lines and multi-line cells', () => {
    const records = parse('name,email\n"Two\nlines",a@x.example\n\nplain,b@x.example\n', {
      info: true,
      raw: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as { info: { lines: number }; raw: string }[];
    expect(records.map((record) => recordStartLine({ ...record.info, raw: record.raw }))).toEqual([1, 2, 5]);
  });

  it('splits tags and keeps spreadsheet formulas inert, both ways', () => {
    expect(splitTags('vip; emea|  ;partner')).toEqual(['vip', 'emea', 'partner']);
    expect(protectCell('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(protectCell('Northwind')).toBe('Northwind');
    expect(unprotectCell(protectCell('-5 deal'))).toBe('-5 deal');
    expect(unprotectCell("'quoted")).toBe("'quoted");
  });
});
