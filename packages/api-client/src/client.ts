import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { ApiProblem } from './problem';
import type { paths } from './schema';

export type ApiClient = Client<paths>;

export type ApiClientOptions = {
  /** Origin plus any prefix; `''` means same origin, which is how the apps call `/api/...`. */
  baseUrl: string;
  /** Returns the bearer token to send, or nothing for public calls. */
  getToken?: () => string | null | undefined;
  /** Called on every 401 so the app can drop its session and show the sign-in page. */
  onUnauthorized?: (problem: ApiProblem) => void;
  fetch?: (input: Request) => Promise<Response>;
};

/** Creates a typed client over the gateway's OpenAPI paths. Calls resolve to data or reject with ApiProblem. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const client = createClient<paths>({ baseUrl: options.baseUrl, fetch: options.fetch });
  client.use(authorization(options.getToken), problemErrors(options.onUnauthorized));
  return client;
}

function authorization(getToken: ApiClientOptions['getToken']): Middleware {
  return {
    onRequest({ request }) {
      const token = getToken?.();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      return request;
    },
  };
}

// Throwing from the middleware turns every error status into a rejected promise, so callers never
// have to inspect `{ data, error }` pairs and TanStack Query sees failures as errors.
function problemErrors(onUnauthorized: ApiClientOptions['onUnauthorized']): Middleware {
  return {
    async onResponse({ response }) {
      if (response.ok) return undefined;
      const problem = ApiProblem.fromResponse(response, await readBody(response.clone()));
      if (response.status === 401) onUnauthorized?.(problem);
      throw problem;
    },
  };
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Returns the data of a successful call; the middleware has already thrown for every error status. */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, response } = await call;
  if (data === undefined) throw ApiProblem.fromResponse(response, undefined);
  return data;
}
