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
