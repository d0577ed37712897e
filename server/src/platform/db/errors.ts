// Node socket errors and PostgreSQL SQLSTATE classes that mean "the database is not there right now",
// as opposed to a bad query.
const unavailableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '53300', // too_many_connections
]);

const unavailableMessages = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
];

/** True when an error (or its cause, as Drizzle wraps driver errors) says the database is unreachable. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const candidate = current as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown[] };
    if (
      typeof candidate.code === 'string' &&
      (unavailableCodes.has(candidate.code) || candidate.code.startsWith('08'))
    )
      return true;
    if (
      typeof candidate.message === 'string' &&
      unavailableMessages.some((pattern) => pattern.test(candidate.message as string))
    )
      return true;
    // AggregateError from a multi-address connect (IPv4 and IPv6 both refused).
    if (Array.isArray(candidate.errors) && candidate.errors.some((inner) => isDatabaseUnavailable(inner)))
      return true;
    current = candidate.cause;
  }
  return false;
}

export const sqlState = {
  uniqueViolation: '23505',
  foreignKeyViolation: '23503',
  checkViolation: '23514',
  notNullViolation: '23502',
} as const;

/**
 * The SQLSTATE and constraint name of a statement that broke a constraint (class 23), looking through
 * Drizzle's wrapper to the driver error; undefined for any other failure. Both drivers report both fields.
 */
export function constraintViolation(error: unknown): { code: string; constraint?: string } | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const candidate = current as { code?: unknown; constraint?: unknown; cause?: unknown };
    if (typeof candidate.code === 'string' && /^23\d{3}$/.test(candidate.code)) {
      return {
        code: candidate.code,
        constraint: typeof candidate.constraint === 'string' ? candidate.constraint : undefined,
      };
    }
    current = candidate.cause;
  }
  return undefined;
}

/** The violation when the statement broke a constraint of this SQLSTATE (e.g. `sqlState.uniqueViolation`). */
export function constraintViolationOf(
  error: unknown,
  code: string,
): { code: string; constraint?: string } | undefined {
  const violation = constraintViolation(error);
  return violation?.code === code ? violation : undefined;
}
