import { unwrap } from '@smartcrm/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { clientQueryKeys } from './client-types';

const pickerSize = 20;

/** The first active staff accounts whose name or email match `q`: the people who can own clients. */
export function useStaffSearch(q: string) {
  const text = q.trim();
  const query = { limit: pickerSize, ...(text ? { q: text } : {}) };
  return useQuery({
    queryKey: clientQueryKeys.staff(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/staff', { params: { query }, signal })),
    select: (result) => result.items,
    placeholderData: keepPreviousData,
  });
}

/** One active staff account by user id, with its employee record; nothing is fetched for null. */
export function useStaffMember(userId: number | null) {
  const query = { limit: 1, userId: userId ?? 0 };
  return useQuery({
    queryKey: clientQueryKeys.staff(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/staff', { params: { query }, signal })),
    select: (result) => result.items[0] ?? null,
    enabled: userId !== null && userId > 0,
    staleTime: 10 * 60_000,
  });
}
