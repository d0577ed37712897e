import type { AuditEntry } from '@smartcrm/api-client';

export type AuditChangeRow = { field: string; before: unknown; after: unknown };
/** `created` and `deleted` entries have only one side worth showing; `changed` ones show both. */
export type AuditChangeKind = 'created' | 'deleted' | 'changed';

// The fields people look for first; the rest follow in the order the server sent them.
const fieldOrder = [
  'email',
  'name',
  'role',
  'isActive',
  'clientId',
  'phone',
  'locale',
  'timeZone',
  'avatarUrl',
  'passwordHash',
  'hasPassword',
];

const isEmpty = (value: unknown) => value === null || value === undefined;

/** An entry's changed fields, most telling first, and whether they describe a new, removed or edited record. */
export function auditChangeRows(changes: AuditEntry['changes']): {
  kind: AuditChangeKind;
  rows: AuditChangeRow[];
} {
  const rows = Object.entries(changes).map(([field, { before, after }]) => ({ field, before, after }));
  const rank = (field: string) => {
    const index = fieldOrder.indexOf(field);
    return index === -1 ? fieldOrder.length : index;
  };
  rows.sort((left, right) => rank(left.field) - rank(right.field));
  // A single field going from nothing to something is an edit (a phone number added), not a new record.
  const many = rows.length > 1;
  const kind: AuditChangeKind =
    many && rows.every((row) => isEmpty(row.before))
      ? 'created'
      : many && rows.every((row) => isEmpty(row.after))
        ? 'deleted'
        : 'changed';
  return { kind, rows };
}
