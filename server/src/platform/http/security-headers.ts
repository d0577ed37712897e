import fastifyCors from '@fastify/cors';
import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * Helmet's headers on every response (HSTS, nosniff, frame denial, referrer policy, a strict CSP, …),
 * for the API and for the built apps alike: scripts only from our own origin, never inline.
 */
export async function registerSecurityHeaders(app: FastifyInstance) {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Mantine and the API reference style elements inline and use data: URLs for small images.
        styleSrc: ["'self'", "'unsafe-inline'"],
        // Product images are URLs staff enter, usually on a CDN; images cannot run code, and only over https.
        imgSrc: ["'self'", 'data:', 'https:'],
        frameAncestors: ["'none'"],
      },
    },
  });
}

/** Cross-origin calls only from the configured origins; none by default (the apps are same-origin). */
export async function registerCors(app: FastifyInstance, origins: readonly string[]) {
  await app.register(fastifyCors, {
    origin: origins.length > 0 ? [...origins] : false,
    credentials: true,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    exposedHeaders: [
      'x-request-id',
      'x-ratelimit-limit',
      'x-ratelimit-remaining',
      'x-ratelimit-reset',
      'retry-after',
      'etag',
    ],
    maxAge: 600,
  });
}
