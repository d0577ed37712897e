import { languages } from '@smartcrm/ui';

/** How one value in an audit entry's before/after is best shown. */
export type AuditValue =
  | { kind: 'none' }
  | { kind: 'redacted' }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'role'; role: string }
  | { kind: 'dateTime'; value: string }
  | { kind: 'text'; value: string };

// What the server writes in place of a secret's value.
const redacted = '[redacted]';
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

export function describeAuditValue(field: string, value: unknown): AuditValue {
  if (value === null || value === undefined || value === '') return { kind: 'none' };
  if (value === redacted) return { kind: 'redacted' };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (typeof value === 'string') {
    if (field === 'role') return { kind: 'role', role: value };
    if (field === 'locale') {
      const language = languages.find((entry) => entry.value === value);
      return { kind: 'text', value: language?.label ?? value };
    }
    if (isoInstant.test(value)) return { kind: 'dateTime', value };
    return { kind: 'text', value };
  }
  if (typeof value === 'number') return { kind: 'text', value: String(value) };
  return { kind: 'text', value: JSON.stringify(value) };
}
