import { unwrap } from '@smartcrm/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { priceRuleQueryKeys } from './price-rule-resource';
import type { PriceRuleListQuery } from './price-rule-types';

// A product rarely has more rules aimed at it than one page holds.
const rulesPageSize = 100;

/**
 * The rules the price function may apply to a product: the server picks those aimed at the product, at its
 * category or any category above it, and at every product.
 */
export function useProductPriceRules(productId: number) {
  const query: PriceRuleListQuery = { productId, limit: rulesPageSize };
  const result = useQuery({
    queryKey: [...priceRuleQueryKeys.all, 'list', query],
    queryFn: ({ signal }) => unwrap(api.GET('/api/price-rules', { params: { query }, signal })),
  });
  return {
    rules: result.data?.items ?? [],
    /** There are more rules than one page showed. */
    truncated: Boolean(result.data?.nextCursor),
    isPending: result.isPending,
    error: result.isError ? result.error : null,
    refetch: result.refetch,
  };
}
