/** One field-level validation failure inside a problem document. */
export type ProblemFieldError = {
  /** Where the failure is, such as `body.email` or `query.limit`. */
  parameter?: string;
  path?: string;
  message: string;
  [key: string]: unknown;
};

/** RFC 9457 problem details as the API returns them (`application/problem+json`). */
export type ProblemDetails = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  errors?: ProblemFieldError[];
  /** Seconds to wait before trying again (429 and 503), from the body or the Retry-After header. */
  retryAfter?: number;
};

/** Error thrown for every non-2xx API response, so UIs can show `detail` and branch on `code`. */
export class ApiProblem extends Error implements ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: string;
  readonly instance?: string;
  readonly errors?: ProblemFieldError[];
  readonly retryAfter?: number;

  constructor(problem: ProblemDetails) {
    super(problem.detail || problem.title);
    this.name = 'ApiProblem';
    this.type = problem.type;
    this.title = problem.title;
    this.status = problem.status;
    this.detail = problem.detail;
    this.code = problem.code;
    this.instance = problem.instance;
    this.errors = problem.errors;
    this.retryAfter = problem.retryAfter;
  }

  /** Builds a problem from whatever body an error response carried (a proxy may answer with HTML or nothing). */
  static fromResponse(response: Response, body: unknown): ApiProblem {
    const fields = isRecord(body) ? body : {};
    const title = stringOr(fields.title, response.statusText || 'Request failed');
    return new ApiProblem({
      type: stringOr(fields.type, 'about:blank'),
      title,
      status: typeof fields.status === 'number' ? fields.status : response.status,
      detail: stringOr(fields.detail, title),
      code: stringOr(fields.code, `http_${response.status}`),
      instance: typeof fields.instance === 'string' ? fields.instance : undefined,
      errors: Array.isArray(fields.errors) ? (fields.errors as ProblemFieldError[]) : undefined,
      retryAfter: retrySeconds(fields.retryAfter, response.headers.get('retry-after')),
    });
  }
}

export function isApiProblem(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.length > 0 ? value : fallback;
}

// Retry-After may also be an HTTP date; the API sends whole seconds, and anything else is ignored.
function retrySeconds(bodyValue: unknown, header: string | null): number | undefined {
  if (typeof bodyValue === 'number' && Number.isFinite(bodyValue) && bodyValue >= 0) return bodyValue;
  const text = header?.trim() ?? '';
  return /^\d+$/.test(text) ? Number(text) : undefined;
}
