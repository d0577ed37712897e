import { unwrap } from '@smartcrm/api-client';
import { useQueries } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { priceRuleQueryKeys } from './price-rule-resource';
import type { PriceRule, PriceRuleListQuery } from './price-rule-types';

// A product rarely has more rules aimed at it (or at one of its categories) than one page holds.
const rulesPageSize = 100;

/**
 * The rules aimed at a product and at each category from its own up to the root: the ones the price
 * function may apply to it besides those for every product. `categoryIds` is the product's category path.
 */
export function useProductPriceRules(productId: number, categoryIds: readonly number[]) {
  const filters: PriceRuleListQuery[] = [
    { productId, limit: rulesPageSize },
    ...categoryIds.map((categoryId) => ({ categoryId, limit: rulesPageSize })),
  ];
  return useQueries({
    queries: filters.map((query) => ({
      queryKey: [...priceRuleQueryKeys.all, 'list', query],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        unwrap(api.GET('/api/price-rules', { params: { query }, signal })),
    })),
    combine: (results) => ({
      rules: results.flatMap((result) => result.data?.items ?? []) as PriceRule[],
      /** Some scope has more rules than one page showed. */
      truncated: results.some((result) => Boolean(result.data?.nextCursor)),
      isPending: results.some((result) => result.isPending),
      error: results.find((result) => result.isError)?.error ?? null,
      refetch: () => Promise.all(results.map((result) => result.refetch())),
    }),
  });
}
