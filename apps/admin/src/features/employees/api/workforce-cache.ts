import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { workforceQueryKeys } from './workforce-types';

const sameKey = (left: QueryKey, right: QueryKey) => JSON.stringify(left) === JSON.stringify(right);

/**
 * Marks every workforce query stale after a write. Employees, departments and skills show each other
 * (headcounts, department names on employees, skill names, reporting lines), so a narrower rule would
 * miss cases; the record the write answered with is stored under `fresh` and not fetched again.
 */
export function refreshWorkforce(queryClient: QueryClient, fresh?: { key: QueryKey; data: unknown }): void {
  if (fresh) queryClient.setQueryData(fresh.key, fresh.data);
  const stale = (query: { queryKey: QueryKey }) => !fresh || !sameKey(query.queryKey, fresh.key);
  for (const root of [
    workforceQueryKeys.employees,
    workforceQueryKeys.departments,
    workforceQueryKeys.skills,
  ]) {
    void queryClient.invalidateQueries({ queryKey: root, predicate: stale });
  }
  void queryClient.invalidateQueries({ queryKey: workforceQueryKeys.audit });
}
