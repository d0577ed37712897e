import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyHttpProxy from '@fastify/http-proxy';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyBaseLogger, LogController } from 'fastify';
import type { Logger } from 'pino';
import { REQUEST_ID_HEADER, requestIdFrom } from './request-id';
import { registerSecurityHeaders } from './security-headers';

/**
 * Serves a built front end (a single-page app) and forwards its /api calls to the API, so the browser
 * talks to one origin.
 */
export async function createStaticSite(options: {
  name: string;
  root: string;
  apiUrl: string;
  logger: Logger;
}) {
  assertBuilt(options.name, options.root);
  const app = Fastify({
    loggerInstance: options.logger.child({ site: options.name }) as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: requestIdFrom,
  });
  await registerSecurityHeaders(app);
  await app.register(fastifyStatic, {
    root: options.root,
    // Look files up per request (not once at start-up), so a rebuild is served without a restart.
    wildcard: true,
    // Vite fingerprints everything under assets/, so those files never change.
    setHeaders: (response, path) => {
      if (path.includes('/assets/'))
        response.setHeader('cache-control', 'public, max-age=31536000, immutable');
    },
  });
  await app.register(fastifyHttpProxy, {
    upstream: options.apiUrl,
    prefix: '/api',
    rewritePrefix: '/api',
    replyOptions: {
      rewriteRequestHeaders: (request, headers) => ({ ...headers, [REQUEST_ID_HEADER]: String(request.id) }),
    },
  });
  // Client-side routes (/products/42) get the app shell; the router inside it takes over.
  app.setNotFoundHandler((request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return reply.code(404).send();
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
  return app;
}

/** Fails before anything listens when a front end has not been built. */
export function assertBuilt(name: string, root: string) {
  const index = join(root, 'index.html');
  if (!existsSync(index))
    throw new Error(`${name} is not built (${index} is missing): run \`npm run build\``);
}
