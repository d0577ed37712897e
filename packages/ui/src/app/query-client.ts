import { isApiProblem } from '@smartcrm/api-client';
import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // A 4xx will not change by asking again; network errors and 5xx may.
        retry: (failureCount, error) => !(isApiProblem(error) && error.status < 500) && failureCount < 2,
      },
    },
  });
}
