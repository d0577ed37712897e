import { describe, expect, it } from 'vitest';
import {
  applyCustomFieldValues,
  type CustomFieldDefinition,
  parseCustomFieldCell,
} from './custom-field.util';

const definitions: CustomFieldDefinition[] = [
  { key: 'segment_code', label: 'Segment code', type: 'text', options: [], required: true },
  { key: 'seats', label: 'Seats', type: 'number', options: [], required: false },
  { key: 'signed_on', label: 'Signed on', type: 'date', options: [], required: false },
  { key: 'vip', label: 'VIP', type: 'boolean', options: [], required: false },
  { key: 'region', label: 'Region', type: 'select', options: ['emea', 'apac'], required: false },
];

describe('custom field values', () => {
  it('accepts values of each type and merges them over the stored ones', () => {
    const result = applyCustomFieldValues({
      definitions,
      stored: { segment_code: 'A', seats: 3 },
      submitted: { seats: 12, signed_on: '2024-02-29', vip: true, region: 'apac' },
      checkRequired: true,
    });
    expect(result.problems).toEqual([]);
    expect(result.values).toEqual({
      segment_code: 'A',
      seats: 12,
      signed_on: '2024-02-29',
      vip: true,
      region: 'apac',
    });
  });

  it('names each wrong value, unknown key and missing required field', () => {
    const result = applyCustomFieldValues({
      definitions,
      stored: {},
      submitted: { seats: 'many', signed_on: '2023-02-29', vip: 'yes', region: 'mars', colour: 'red' },
      checkRequired: true,
    });
    expect(result.problems.map((problem) => problem.parameter)).toEqual([
      'body.customFields.seats',
      'body.customFields.signed_on',
      'body.customFields.vip',
      'body.customFields.region',
      'body.customFields.colour',
      'body.customFields.segment_code',
    ]);
    expect(result.problems[3]?.message).toBe('must be one of emea, apac');
  });

  it('removes a value sent as null, and skips the required check when told to', () => {
    const result = applyCustomFieldValues({
      definitions,
      stored: { segment_code: 'A', seats: 3 },
      submitted: { segment_code: null },
      checkRequired: false,
    });
    expect(result).toEqual({ values: { seats: 3 }, problems: [] });
  });

  it('reads CSV cells as the field type', () => {
    expect(parseCustomFieldCell(definitions[1] as CustomFieldDefinition, ' 42 ')).toBe(42);
    expect(parseCustomFieldCell(definitions[1] as CustomFieldDefinition, '4x')).toBe('4x');
    expect(parseCustomFieldCell(definitions[3] as CustomFieldDefinition, 'Yes')).toBe(true);
    expect(parseCustomFieldCell(definitions[0] as CustomFieldDefinition, '  ')).toBeUndefined();
  });
});
