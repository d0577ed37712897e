import type { CustomFieldDefinition } from '../api/client-types';

/** Custom field values as form inputs hold them: text for every type ('' = no value, 'true'/'false' for yes/no). */
export type CustomFieldFormValues = Record<string, string>;
type ApiValue = string | number | boolean | null;

function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value);
}

export function customFieldFormValues(
  definitions: readonly CustomFieldDefinition[],
  stored: Readonly<Record<string, unknown>>,
): CustomFieldFormValues {
  return Object.fromEntries(
    definitions.map((definition) => [definition.key, asText(stored[definition.key])]),
  );
}

/**
 * A form value in the field's type; text that is not a number stays text, so the server names the problem
 * next to the field instead of the form silently dropping it.
 */
function apiValue(definition: CustomFieldDefinition, text: string): ApiValue {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (definition.type === 'number') {
    const number = Number(trimmed);
    return Number.isFinite(number) ? number : trimmed;
  }
  if (definition.type === 'boolean') return trimmed === 'true';
  return definition.type === 'text' ? text : trimmed;
}

/** The values that changed, for a PATCH (null removes a value). */
export function changedCustomFields(
  definitions: readonly CustomFieldDefinition[],
  initial: CustomFieldFormValues,
  current: CustomFieldFormValues,
): Record<string, ApiValue> {
  const changes: Record<string, ApiValue> = {};
  for (const definition of definitions) {
    const before = initial[definition.key] ?? '';
    const after = current[definition.key] ?? '';
    if (before.trim() !== after.trim() || (definition.type === 'text' && before !== after)) {
      changes[definition.key] = apiValue(definition, after);
    }
  }
  return changes;
}

/** The values given, for a new client. */
export function filledCustomFields(
  definitions: readonly CustomFieldDefinition[],
  current: CustomFieldFormValues,
): Record<string, ApiValue> {
  const values: Record<string, ApiValue> = {};
  for (const definition of definitions) {
    const value = apiValue(definition, current[definition.key] ?? '');
    if (value !== null) values[definition.key] = value;
  }
  return values;
}

/** How a stored value reads on the page: yes/no for booleans, the value itself otherwise. */
export function customFieldDisplay(
  definition: CustomFieldDefinition,
  value: unknown,
  words: { yes: string; no: string; none: string; date: (value: string) => string },
): string {
  if (value === null || value === undefined || value === '') return words.none;
  if (definition.type === 'boolean') return value === true ? words.yes : words.no;
  if (definition.type === 'date' && typeof value === 'string') return words.date(value);
  return String(value);
}
