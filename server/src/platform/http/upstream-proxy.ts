import type { FastifyHttpProxyOptions } from '@fastify/http-proxy';
import fastifyHttpProxy from '@fastify/http-proxy';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { clientHasGone, sendProblem } from './errors';
import { REQUEST_ID_HEADER } from './request-id';

export type Upstream = {
  /** The service's name, as a client sees it in a 503. */
  name: string;
  url: string;
  /** Path prefixes the service owns, e.g. /api/tickets. */
  prefixes: string[];
  /** Exact paths of the service that need no token (sign-in, for example). */
  publicPaths?: readonly string[];
};

/**
 * Forwards a service's routes. The gateway checks the token first (the service checks it again, and the
 * permission); when the service is down or slow the caller gets problem+json naming it, and the next
 * request after it comes back goes through, with no restart.
 */
export async function registerUpstream(
  app: FastifyInstance,
  upstream: Upstream,
  options: { timeoutMs: number; onFailure?: (name: string) => void },
) {
  const { timeoutMs } = options;
  const replyOptions: FastifyHttpProxyOptions['replyOptions'] = {
    rewriteRequestHeaders: (request, headers) => ({
      ...headers,
      [REQUEST_ID_HEADER]: String(request.id),
    }),
    onError: (reply, { error }) => {
      // The caller hung up: nothing to answer, and nothing wrong with the service.
      if (clientHasGone(reply.request as FastifyRequest)) {
        reply.log.info({ upstream: upstream.name }, 'client closed the connection before the answer');
        return;
      }
      const timedOut = (error as { statusCode?: number }).statusCode === 504;
      reply.log.warn({ err: error, upstream: upstream.name }, 'upstream failed');
      options.onFailure?.(upstream.name);
      sendProblem(reply as FastifyReply, {
        status: timedOut ? 504 : 503,
        code: timedOut ? 'service_timeout' : 'service_unavailable',
        detail: timedOut
          ? `The ${upstream.name} service did not answer in time`
          : `The ${upstream.name} service is unavailable; try again shortly`,
        service: upstream.name,
      });
    },
  };
  const proxyOptions = (prefix: string, isPublic: boolean) => ({
    upstream: upstream.url,
    prefix,
    rewritePrefix: prefix,
    config: isPublic ? { public: true } : { proxied: true },
    replyOptions,
    undici: { connect: { timeout: 1_000 }, headersTimeout: timeoutMs, bodyTimeout: timeoutMs },
  });
  for (const path of upstream.publicPaths ?? [])
    await app.register(fastifyHttpProxy, proxyOptions(path, true));
  for (const prefix of upstream.prefixes) await app.register(fastifyHttpProxy, proxyOptions(prefix, false));
}
