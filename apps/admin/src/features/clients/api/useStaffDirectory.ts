import { type components, unwrap } from '@smartcrm/api-client';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '../../../api/client';
import { clientQueryKeys } from './client-types';

type EmployeeRow = components['schemas']['Employee'];

// A 200-person company fits in a few pages; the cap keeps a much larger directory from loading forever.
const pageSize = 100;
const maxPages = 20;

async function fetchAllEmployees(signal: AbortSignal): Promise<EmployeeRow[]> {
  const employees: EmployeeRow[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const result = await unwrap(
      api.GET('/api/employees', {
        params: { query: { limit: pageSize, sort: 'name', ...(cursor ? { cursor } : {}) } },
        signal,
      }),
    );
    employees.push(...result.items);
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
  }
  return employees;
}

export type StaffDirectory = {
  /** Employees by the id of their sign-in account: how owners (user ids) get names. */
  byUserId: ReadonlyMap<number, EmployeeRow>;
  byEmployeeId: ReadonlyMap<number, EmployeeRow>;
  /** People who can own clients: current employees with a sign-in account, by name. */
  owners: readonly EmployeeRow[];
  isPending: boolean;
};

/**
 * Names for the user and employee ids that client records carry. Clients name their owner by user id
 * and tasks their assignee by employee id, without names; the employee directory links both.
 */
export function useStaffDirectory(): StaffDirectory {
  const query = useQuery({
    queryKey: clientQueryKeys.staffDirectory,
    queryFn: ({ signal }) => fetchAllEmployees(signal),
    staleTime: 10 * 60_000,
  });
  return useMemo(() => {
    const employees = query.data ?? [];
    const byUserId = new Map<number, EmployeeRow>();
    const byEmployeeId = new Map<number, EmployeeRow>();
    for (const employee of employees) {
      byEmployeeId.set(employee.id, employee);
      if (employee.userId !== null) byUserId.set(employee.userId, employee);
    }
    const owners = employees.filter(
      (employee) => employee.userId !== null && employee.status !== 'terminated',
    );
    return { byUserId, byEmployeeId, owners, isPending: query.isPending };
  }, [query.data, query.isPending]);
}
