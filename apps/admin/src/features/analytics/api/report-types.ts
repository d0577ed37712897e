import type { components, paths } from '@smartcrm/api-client';

export type RevenueReport = components['schemas']['RevenueReport'];
export type RevenueGroup = RevenueReport['groups'][number];
export type RevenueGrouping = RevenueReport['groupBy'];
export type ProductPerformanceReport = components['schemas']['ProductPerformanceReport'];
export type ProductPerformanceRow = ProductPerformanceReport['products'][number];
export type CategoryPerformanceRow = ProductPerformanceReport['categories'][number];

export type RevenueQuery = NonNullable<paths['/api/reports/revenue']['get']['parameters']['query']>;
export type ProductPerformanceQuery = NonNullable<
  paths['/api/reports/product-performance']['get']['parameters']['query']
>;

export const reportQueryKeys = {
  // The orders feature marks everything under `reports` stale after any order write.
  revenue: (query: RevenueQuery) => ['reports', 'revenue', query] as const,
  productPerformance: (query: ProductPerformanceQuery) => ['reports', 'product-performance', query] as const,
};
