import { unwrap } from '@smartcrm/api-client';
import { api } from '../../../api/client';
import type { ListResource } from '../../listing/api/resource';
import type { PriceRule, PriceRuleListQuery } from './price-rule-types';

export const priceRuleResource: ListResource<PriceRule> = {
  key: 'price-rules',
  sortFields: ['name', 'createdAt', 'id'],
  defaultSort: '-id',
  filterKeys: ['kind', 'productId', 'categoryId', 'clientId', 'active'],
  fetchList: (query, signal) =>
    unwrap(api.GET('/api/price-rules', { params: { query: query as PriceRuleListQuery }, signal })),
};

export const priceRuleQueryKeys = {
  all: ['price-rules'] as const,
  /** Quotes depend on every rule; one changed rule makes them all stale. */
  quotes: ['catalog-quote'] as const,
};
