// Never renew in a tight loop, whatever lifetime the server announces.
const minimumDelayMs = 5_000;
// setTimeout fires at once for longer delays (they overflow a signed 32-bit number).
const maximumDelayMs = 2 ** 31 - 1;

/**
 * How long to wait before renewing an access token that lives `expiresInSeconds`: a minute early, or a
 * fifth of its life early for short-lived tokens, so the new token arrives before the old one runs out.
 */
export function refreshDelayMs(expiresInSeconds: number): number {
  const lifetimeMs = expiresInSeconds * 1000;
  if (!Number.isFinite(lifetimeMs)) return minimumDelayMs;
  const earlyByMs = Math.min(60_000, lifetimeMs / 5);
  return Math.min(maximumDelayMs, Math.max(minimumDelayMs, lifetimeMs - earlyByMs));
}
