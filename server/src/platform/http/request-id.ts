import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';

// Only ids that are safe to echo into logs and headers are adopted from the caller.
const acceptableRequestId = /^[A-Za-z0-9._:-]{1,128}$/;

/** Keeps the caller's x-request-id so one id follows a request through the gateway and every service. */
export function requestIdFrom(request: IncomingMessage): string {
  const incoming = request.headers[REQUEST_ID_HEADER];
  return typeof incoming === 'string' && acceptableRequestId.test(incoming) ? incoming : randomUUID();
}
