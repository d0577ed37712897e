import type { customFieldTypes } from './schema';

export type CustomFieldDefinition = {
  key: string;
  label: string;
  type: (typeof customFieldTypes)[number];
  options: string[];
  required: boolean;
};

export type CustomFieldValues = Record<string, unknown>;
export type FieldProblem = { parameter: string; message: string };

function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function problemWith(definition: CustomFieldDefinition, value: unknown): string | undefined {
  switch (definition.type) {
    case 'text':
      return typeof value === 'string' && value.length <= 1000
        ? undefined
        : 'must be text up to 1000 characters';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'must be a number';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be true or false';
    case 'date':
      return typeof value === 'string' && isRealDate(value) ? undefined : 'must be a date as YYYY-MM-DD';
    case 'select':
      return typeof value === 'string' && definition.options.includes(value)
        ? undefined
        : `must be one of ${definition.options.join(', ')}`;
  }
}

/**
 * Applies submitted custom-field values to the stored ones and checks them against the definitions:
 * every submitted key must be defined and its value of the field's type; null removes a value. Required
 * fields are checked on the result only when `checkRequired` (on create, and when an update touches
 * custom fields), so making a field required later does not block unrelated edits of older clients.
 */
export function applyCustomFieldValues(options: {
  definitions: CustomFieldDefinition[];
  stored: CustomFieldValues;
  submitted: CustomFieldValues | undefined;
  checkRequired: boolean;
  parameterPrefix?: string;
}): { values: CustomFieldValues; problems: FieldProblem[] } {
  const prefix = options.parameterPrefix ?? 'body.customFields';
  const byKey = new Map(options.definitions.map((definition) => [definition.key, definition]));
  const values: CustomFieldValues = { ...options.stored };
  const problems: FieldProblem[] = [];
  for (const [key, value] of Object.entries(options.submitted ?? {})) {
    const definition = byKey.get(key);
    if (!definition) {
      problems.push({ parameter: `${prefix}.${key}`, message: 'is not a defined custom field' });
      continue;
    }
    if (value === null) {
      delete values[key];
      continue;
    }
    const problem = problemWith(definition, value);
    if (problem) problems.push({ parameter: `${prefix}.${key}`, message: problem });
    else values[key] = value;
  }
  if (options.checkRequired) {
    for (const definition of options.definitions) {
      const value = values[definition.key];
      if (definition.required && (value === undefined || value === '')) {
        problems.push({
          parameter: `${prefix}.${definition.key}`,
          message: `${definition.label} is required`,
        });
      }
    }
  }
  return { values, problems };
}

/** Turns CSV text into the field's type (CSV cells are all text); undefined for an empty cell. */
export function parseCustomFieldCell(definition: CustomFieldDefinition, cell: string): unknown {
  const text = cell.trim();
  if (text === '') return undefined;
  if (definition.type === 'number') {
    const number = Number(text);
    return /^-?\d+(\.\d+)?$/.test(text) && Number.isFinite(number) ? number : text;
  }
  if (definition.type === 'boolean') {
    const lowered = text.toLowerCase();
    if (['true', 'yes', '1'].includes(lowered)) return true;
    if (['false', 'no', '0'].includes(lowered)) return false;
    return text;
  }
  return text;
}
