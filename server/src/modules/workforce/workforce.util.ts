import { AppError } from '../../platform/http/errors';

/** A body field names a record that does not exist (the path's own record missing is a 404 instead). */
export const referenceNotFound = (parameter: string, resource: string, id: number) =>
  new AppError('reference_not_found', 400, `${resource} ${id} does not exist`, {
    errors: [{ parameter: `body.${parameter}`, message: `no ${resource.toLowerCase()} ${id}` }],
  });

/** Field-by-field changes between two snapshots, for event payloads (audit entries diff on their own). */
export function changedFields<Row extends Record<string, unknown>>(
  before: Row,
  after: Row,
  fields: readonly (keyof Row & string)[],
): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const field of fields) {
    if (before[field] !== after[field]) changes[field] = { before: before[field], after: after[field] };
  }
  return changes;
}
