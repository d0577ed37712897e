import { AppError } from '../../platform/http/errors';

const invalidCursor = () =>
  new AppError('invalid_cursor', 400, 'Invalid cursor: pass back the nextCursor of the same list', {
    errors: [{ parameter: 'querystring.cursor', message: 'not a cursor for this list' }],
  });

/** An opaque cursor for lists whose order the shared keyset helper cannot express (mixed sources, nulls). */
export function encodeCursor(values: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** Decodes a cursor and checks its shape; anything tampered with is a 400, never a database error. */
export function decodeCursor<Values extends readonly unknown[]>(
  encoded: string,
  check: (values: unknown[]) => values is [...Values],
): Values {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(decoded) || !check(decoded)) throw invalidCursor();
  return decoded as unknown as Values;
}

export const isTimestamp = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));
export const isId = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0 && value <= 2_147_483_647;
