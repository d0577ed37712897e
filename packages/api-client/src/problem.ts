/** One field-level validation failure inside a problem document. */
export type ProblemFieldError = { path?: string; message: string; [key: string]: unknown };

/** RFC 9457 problem details as the API returns them (`application/problem+json`). */
export type ProblemDetails = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  errors?: ProblemFieldError[];
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
