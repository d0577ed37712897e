import { unwrap } from '@smartcrm/api-client';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { keepProblemExtensions } from '../../../api/problem-extensions';
import type { QuoteRequest } from '../../products/api/product-types';

/**
 * Prices a basket for a client and moment with the server's price function. Asked for on demand (a
 * "try it" box), so it is a mutation: nothing is cached, each answer is as of the moment it was asked.
 */
export function useCatalogQuote() {
  return useMutation({
    mutationFn: (request: QuoteRequest) =>
      unwrap(api.POST('/api/catalog/quote', { body: request, middleware: [keepProblemExtensions] })),
  });
}
