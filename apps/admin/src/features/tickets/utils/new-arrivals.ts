/** What the inbox had already shown the user: the tickets, and the newest creation time among them. */
export type SeenTickets = { ids: ReadonlySet<number>; newestCreatedAt: number };

export const nothingSeen: SeenTickets = { ids: new Set(), newestCreatedAt: Number.NEGATIVE_INFINITY };

type Arrival = { id: number; createdAt: string };

/**
 * The tickets of a fresh page that arrived since the user last looked: not shown before and created after
 * everything shown then. A ticket that only moved into the view (reassigned, reopened) is not "new".
 */
export function newArrivals(seen: SeenTickets, items: readonly Arrival[]): number[] {
  return items
    .filter((item) => !seen.ids.has(item.id) && Date.parse(item.createdAt) > seen.newestCreatedAt)
    .map((item) => item.id);
}

/** Adds a page's tickets to what the user has seen. */
export function markSeen(seen: SeenTickets, items: readonly Arrival[]): SeenTickets {
  if (items.every((item) => seen.ids.has(item.id))) return seen;
  const ids = new Set(seen.ids);
  let newestCreatedAt = seen.newestCreatedAt;
  for (const item of items) {
    ids.add(item.id);
    newestCreatedAt = Math.max(newestCreatedAt, Date.parse(item.createdAt));
  }
  return { ids, newestCreatedAt };
}
