import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isDatabaseUnavailable } from '../db/errors';

/**
 * True when the caller's connection is closed. (Not `request.raw.destroyed`: Node sets that as soon as
 * a request body has been read.)
 */
export function clientHasGone(request: FastifyRequest): boolean {
  return request.raw.socket?.destroyed === true;
}

/** A failure with a stable, documented code; thrown by services and turned into problem+json. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly detail: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'AppError';
  }
}

export const notFound = (resource: string, id: number | string) =>
  new AppError(`${resource}_not_found`, 404, `${capitalise(resource)} ${id} does not exist`);

function capitalise(word: string) {
  return word.charAt(0).toUpperCase() + word.slice(1).replaceAll('_', ' ');
}

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string().describe('Stable machine-readable error code'),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z.array(z.object({ parameter: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });

export type Problem = z.infer<typeof problemSchema>;

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** Fields every problem has, plus any extension members (RFC 9457 §3.2). */
export type ProblemInput = { status: number; code: string; detail: string } & Partial<Problem> &
  Record<string, unknown>;

export function sendProblem(reply: FastifyReply, problem: ProblemInput) {
  const body = {
    type: `https://smartcrm.dev/problems/${problem.code.replaceAll('_', '-')}`,
    title: titles[problem.status] ?? 'Error',
    ...problem,
    instance: reply.request.url,
    requestId: String(reply.request.id),
  };
  return reply.code(problem.status).type('application/problem+json').serializer(JSON.stringify).send(body);
}

// Fastify's own client-error codes, mapped to our stable codes.
const fastifyCodes: Record<string, string> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_BODY_TOO_LARGE: 'body_too_large',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid_content_length',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'empty_body',
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_json',
  FST_ERR_VALIDATION: 'validation_failed',
};

function validationProblem(error: FastifyError) {
  const context = error.validationContext ?? 'request';
  const issues = hasZodFastifySchemaValidationErrors(error) ? error.validation : [];
  const errors = issues.map((issue) => {
    const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
    return { parameter: path ? `${context}.${path}` : context, message: issue.message ?? 'is not valid' };
  });
  const named = errors.map((item) => item.parameter).join(', ');
  return {
    status: 400,
    code: 'validation_failed',
    detail: named ? `Invalid ${named}` : 'The request is not valid',
    errors,
  };
}

/** One error handler for the whole app: every failure leaves as problem+json, and 5xx never leak internals. */
export function registerProblemHandlers(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    // A client that hung up mid-request is not a server fault; there is no one left to answer.
    if (clientHasGone(request)) {
      request.log.info({ code: error.code }, 'client closed the connection');
      return reply.send();
    }
    if (error instanceof AppError) {
      if (error.status >= 500) request.log.error({ err: error }, error.detail);
      if (typeof error.extensions.retryAfter === 'number')
        reply.header('retry-after', error.extensions.retryAfter);
      return sendProblem(reply, {
        status: error.status,
        code: error.code,
        detail: error.detail,
        ...error.extensions,
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) return sendProblem(reply, validationProblem(error));
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      return sendProblem(reply, {
        status: 503,
        code: 'database_unavailable',
        detail: 'The database is not reachable; try again shortly',
      });
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, 'response does not match its schema');
    } else {
      const status = error.statusCode ?? 500;
      if (status >= 400 && status < 500) {
        return sendProblem(reply, {
          status,
          code: fastifyCodes[error.code] ?? 'bad_request',
          detail: error.message,
        });
      }
      // A caller that hangs up mid-request (a proxied answer aborted with it) is not a fault of ours.
      if (request.raw.destroyed || (error as { code?: string }).code === 'UND_ERR_ABORTED')
        request.log.info({ err: error }, 'the caller closed the request before the answer');
      else request.log.error({ err: error }, 'unhandled error');
    }
    return sendProblem(reply, {
      status: 500,
      code: 'internal_error',
      detail: 'Something went wrong on our side; the request id helps support find it',
    });
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, {
      status: 404,
      code: 'route_not_found',
      detail: `No route ${request.method} ${request.url.split('?')[0]}`,
    }),
  );
}

/** The error responses a route can give, for its OpenAPI description. */
export function problemResponses(...statuses: number[]) {
  return Object.fromEntries(statuses.map((status) => [status, problemSchema])) as Record<
    number,
    typeof problemSchema
  >;
}

/** 400, 401 and 403: what any authenticated route with parameters may answer. */
export const commonProblems = problemResponses(400, 401, 403);
