export { type ApiClient, type ApiClientOptions, createApiClient, unwrap } from './client';
export { ApiProblem, isApiProblem, type ProblemDetails, type ProblemFieldError } from './problem';
export type { components, paths } from './schema';
export type * from './types';
