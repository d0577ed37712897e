import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyContextConfig,
  type FastifyInstance,
  type FastifyPluginAsync,
  LogController,
} from 'fastify';
import {
  type FastifyPluginAsyncZod,
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { ApiKeyResolver } from '../auth/tokens';
import type { AppContext } from '../context';
import { API_DOCS_PREFIX, registerAuthentication } from './authentication';
import { registerProblemHandlers } from './errors';
import { healthRoutes } from './health';
import { registerMetrics } from './metrics';
import { registerRateLimits } from './rate-limit';
import { REQUEST_ID_HEADER, requestIdFrom } from './request-id';
import { createResponseSerializerCompiler } from './response-serializer';
import { registerCors, registerSecurityHeaders } from './security-headers';

export type RegisteredRoute = { method: string; url: string; config: FastifyContextConfig };

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RegisteredRoute[];
  }
}

/** A module as a process mounts it: its routes, registered with the process's context. */
export type ModuleDefinition = {
  name: string;
  routes: FastifyPluginAsyncZod<{ context: AppContext }>;
};

export type ApiDocs =
  | { mode: 'generated' }
  /** A gateway that forwards most routes serves the committed document instead of generating it. */
  | { mode: 'static'; document: Record<string, unknown> }
  | { mode: 'none' };

export type HttpAppOptions = {
  service: string;
  context: AppContext;
  modules: ModuleDefinition[];
  docs: ApiDocs;
  /** Extra plugins registered after the modules, e.g. the gateway's proxies. */
  plugins?: FastifyPluginAsync[];
  /** Log requests (off in tests to keep output readable). */
  logRequests?: boolean;
  /**
   * The public edge (gateway, all-in-one): rate limits and CORS. Services behind the gateway leave
   * these to it and still verify every token themselves.
   */
  edge?: { sensitivePaths: readonly string[] };
  /** Resolves API keys to their owners; without it only tokens are accepted. */
  apiKeys?: ApiKeyResolver;
};

export const openApiInfo = {
  title: 'Smart CRM Suite API',
  version: '0.1.0',
  description:
    'One API for the CRM. Errors are RFC 9457 problem+json with a stable `code`. Lists are keyset-paginated: ' +
    'pass `nextCursor` back as `cursor`.',
};

/** Builds the HTTP app for one process. Entry points only listen; tests build exactly the same app. */
export async function createHttpApp(options: HttpAppOptions): Promise<FastifyInstance> {
  const { context, service } = options;
  const app = Fastify({
    loggerInstance: context.logger as FastifyBaseLogger,
    logController: new LogController({
      disableRequestLogging: options.logRequests === false,
      requestIdLogLabel: 'requestId',
    }),
    genReqId: requestIdFrom,
    bodyLimit: context.config.bodyLimitBytes,
    // Stops slow-loris style clients from holding sockets open forever.
    requestTimeout: context.config.requestTimeoutMs,
    trustProxy: context.config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true },
  }) as unknown as FastifyInstance;

  // What this app serves, as registered: for introspection and the security tests' route inventory.
  const routeTable: RegisteredRoute[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      routeTable.push({ method, url: route.url, config: route.config ?? {} });
    }
  });

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(
    createResponseSerializerCompiler({
      onFallback: (route) =>
        app.log.debug(route, 'response schema has no faithful JSON Schema; serializing with zod'),
    }),
  );
  registerProblemHandlers(app);
  app.addHook('onRequest', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });

  await registerSecurityHeaders(app);
  const rateLimits = options.edge ? registerEdgeGuard(app, context, options.edge.sensitivePaths) : undefined;
  if (options.edge) await registerCors(app, context.config.corsOrigins);
  registerAuthentication(app, context.tokens, options.apiKeys);
  rateLimits?.registerPerUser();
  await registerDocs(app, options.docs);
  const metrics = registerMetrics(app, service);
  await app.register(healthRoutes, {
    service,
    database: context.database,
    store: context.store,
    metrics,
    metricsToken: context.config.metricsToken,
  });
  for (const module of options.modules) {
    await app.register(module.routes, { context });
  }
  for (const plugin of options.plugins ?? []) {
    await app.register(plugin);
  }
  return app;
}

function registerEdgeGuard(app: FastifyInstance, context: AppContext, sensitivePaths: readonly string[]) {
  const limits = context.config.rateLimits;
  return registerRateLimits(app, {
    store: context.store,
    perAddress: { name: 'address', max: limits.perIpPerMinute, windowSeconds: 60 },
    perUser: { name: 'user', max: limits.perUserPerMinute, windowSeconds: 60 },
    sensitive: {
      rule: { name: 'sign-in', max: limits.signInPerMinute, windowSeconds: 60 },
      paths: sensitivePaths,
    },
  });
}

async function registerDocs(app: FastifyInstance, docs: ApiDocs) {
  if (docs.mode === 'none') return;
  if (docs.mode === 'static') {
    await app.register(fastifySwagger, {
      mode: 'static',
      specification: { document: docs.document as never },
    });
  } else {
    await app.register(fastifySwagger, {
      openapi: {
        openapi: '3.1.0',
        info: openApiInfo,
        components: {
          securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
        },
      },
      transform: jsonSchemaTransform,
      transformObject: jsonSchemaTransformObject,
    });
  }
  await app.register(fastifySwaggerUi, {
    routePrefix: API_DOCS_PREFIX,
    uiConfig: { deepLinking: true, persistAuthorization: true },
  });
}
