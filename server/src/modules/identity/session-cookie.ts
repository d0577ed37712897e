import type { FastifyReply, FastifyRequest } from 'fastify';

export const REFRESH_COOKIE = 'smartcrm_refresh';
// Sent only to the endpoints that use it, never with ordinary API calls.
const COOKIE_PATH = '/api/auth';
const localHosts = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** httpOnly (no script can read it), SameSite=Strict (no other site can send it), Secure off localhost. */
export function setRefreshCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  maxAgeSeconds: number,
) {
  reply.setCookie(REFRESH_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: !localHosts.has(request.hostname.replace(/:\d+$/, '')),
    path: COOKIE_PATH,
    maxAge: maxAgeSeconds,
  });
}

export function clearRefreshCookie(reply: FastifyReply) {
  reply.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH });
}

export function refreshTokenFrom(request: FastifyRequest, bodyToken: string | undefined): string | undefined {
  return bodyToken ?? request.cookies[REFRESH_COOKIE];
}
