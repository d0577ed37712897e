export type SortDirection = 'asc' | 'desc';
export type SortState = { field: string; direction: SortDirection };

/** `-price` → `{ field: 'price', direction: 'desc' }`. */
export function parseSort(sort: string): SortState {
  return sort.startsWith('-')
    ? { field: sort.slice(1), direction: 'desc' }
    : { field: sort, direction: 'asc' };
}

export function formatSort({ field, direction }: SortState): string {
  return direction === 'desc' ? `-${field}` : field;
}

/** Clicking the sorted column flips its direction; clicking another column sorts it ascending. */
export function toggleSort(current: string, field: string): string {
  const state = parseSort(current);
  if (state.field !== field) return field;
  return formatSort({ field, direction: state.direction === 'asc' ? 'desc' : 'asc' });
}
