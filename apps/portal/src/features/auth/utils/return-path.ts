/**
 * Where to go after signing in: the page that sent the visitor to sign in, when it is a path of this site.
 * Anything else (another origin, `//evil.example`, a missing value) goes to `fallback`.
 */
export function returnPath(from: unknown, fallback = '/account'): string {
  if (typeof from !== 'string' || !from.startsWith('/')) return fallback;
  // `//host` and `/\host` are read by browsers as another origin.
  if (from.startsWith('//') || from.startsWith('/\\')) return fallback;
  if (/^\/(sign-in|sign-up)(\/|\?|$)/.test(from)) return fallback;
  return from;
}
