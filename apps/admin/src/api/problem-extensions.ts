import { ApiProblem, isApiProblem } from '@smartcrm/api-client';

/**
 * An API problem with the members beyond RFC 9457's own that some answers carry, such as `shortages` on
 * 409 `insufficient_stock` or `refundable` on 409 `refund_exceeds_paid`. The shared client's ApiProblem
 * keeps only the standard members, so calls that need these pass `keepProblemExtensions` as middleware.
 */
export class ExtendedApiProblem extends ApiProblem {
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(problem: ApiProblem, extensions: Record<string, unknown>) {
    super(problem);
    this.extensions = extensions;
  }
}

const standardMembers = new Set([
  'type',
  'title',
  'status',
  'detail',
  'code',
  'instance',
  'errors',
  'requestId',
]);

/** The members of a problem body that RFC 9457 does not define. */
export function problemExtensions(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return {};
  return Object.fromEntries(Object.entries(body).filter(([name]) => !standardMembers.has(name)));
}

/**
 * Per-request middleware for the API client: turns an error answer into an ExtendedApiProblem. It runs
 * before the client's own error middleware (openapi-fetch calls response middleware last-added first);
 * a 401 is left to the client, which renews the session.
 */
export const keepProblemExtensions = {
  async onResponse({ response }: { response: Response }): Promise<undefined> {
    if (response.ok || response.status === 401) return undefined;
    const body = await readJson(response.clone());
    throw new ExtendedApiProblem(ApiProblem.fromResponse(response, body), problemExtensions(body));
  },
};

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/** One extension member of a failed call, when the error is such a problem. */
export function problemExtension(error: unknown, name: string): unknown {
  return isApiProblem(error) && error instanceof ExtendedApiProblem ? error.extensions[name] : undefined;
}
