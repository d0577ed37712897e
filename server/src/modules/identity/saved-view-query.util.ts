/** URL parameters that only say which page of a list was open; a view is the list, not a page of it. */
export const pageCursorParameters = ['after', 'cursor'] as const;

/**
 * A list's URL query as a saved view keeps it: no leading `?`, no page cursor, parameters sorted by name so
 * the same filters saved twice read the same (and the admin can tell which view is on screen).
 */
export function normaliseViewQuery(query: string): string {
  const search = new URLSearchParams(query.trim().replace(/^\?/, ''));
  for (const parameter of pageCursorParameters) search.delete(parameter);
  search.sort();
  return search.toString();
}
