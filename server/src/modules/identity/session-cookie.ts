import type { FastifyReply, FastifyRequest } from 'fastify';

export const REFRESH_COOKIE = 'smartcrm_refresh';
export type CookieApp = 'admin' | 'portal' | undefined;

/** One cookie per app: browsers share cookies across ports, so the admin and portal on one host must not collide. */
export function refreshCookieName(app: CookieApp): string {
  return app ? `${REFRESH_COOKIE}_${app}` : REFRESH_COOKIE;
}
// Sent only to the endpoints that use it, never with ordinary API calls.
const COOKIE_PATH = '/api/auth';
const localHosts = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** httpOnly (no script can read it), SameSite=Strict (no other site can send it), Secure off localhost. */
export function setRefreshCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  maxAgeSeconds: number,
  app: CookieApp,
) {
  reply.setCookie(refreshCookieName(app), token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: !localHosts.has(request.hostname.replace(/:\d+$/, '')),
    path: COOKIE_PATH,
    maxAge: maxAgeSeconds,
  });
}

export function clearRefreshCookie(reply: FastifyReply, app: CookieApp) {
  reply.clearCookie(refreshCookieName(app), { path: COOKIE_PATH });
}

/** Every session of the user has ended, so no app's cookie is worth keeping. */
export function clearEveryRefreshCookie(reply: FastifyReply) {
  for (const app of [undefined, 'admin', 'portal'] as const) clearRefreshCookie(reply, app);
}

export function refreshTokenFrom(
  request: FastifyRequest,
  bodyToken: string | undefined,
  app: CookieApp,
): string | undefined {
  return bodyToken ?? request.cookies[refreshCookieName(app)];
}
