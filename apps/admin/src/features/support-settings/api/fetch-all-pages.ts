/** The most records a settings list reads; support teams have tens of queues or policies, not thousands. */
const maxPages = 10;

/**
 * Every page of a keyset list, for settings lists that are short but still paged by the API: follows
 * `nextCursor` until the last page (or `maxPages`).
 */
export async function fetchAllPages<Item>(
  fetchPage: (cursor: string | undefined) => Promise<{ items: Item[]; nextCursor: string | null }>,
): Promise<Item[]> {
  const items: Item[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const result = await fetchPage(cursor);
    items.push(...result.items);
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
  }
  return items;
}
