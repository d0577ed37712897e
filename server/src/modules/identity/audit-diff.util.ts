export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

// Never written to the audit log, whatever resource they belong to.
const secretFields = new Set(['passwordHash', 'tokenHash', 'password', 'refreshToken', 'secret', 'keyHash']);
const REDACTED = '[redacted]';

const comparable = (value: unknown) =>
  value instanceof Date ? value.toISOString() : JSON.stringify(value ?? null);

/**
 * The fields that differ between two versions of a record, each with its value before and after;
 * secrets show only that they changed. Bookkeeping fields (version, updatedAt) are left out.
 */
export function diffChanges(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): FieldChanges {
  const changes: FieldChanges = {};
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const field of fields) {
    if (field === 'version' || field === 'updatedAt' || field === 'createdAt') continue;
    const old = before?.[field] ?? null;
    const next = after?.[field] ?? null;
    if (comparable(old) === comparable(next)) continue;
    changes[field] = secretFields.has(field)
      ? { before: old === null ? null : REDACTED, after: next === null ? null : REDACTED }
      : { before: old, after: next };
  }
  return changes;
}
