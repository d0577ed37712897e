/** A list view someone named: the list's URL query (search, filters, sort, page size), without the page. */
export type SavedView = { name: string; search: string };

// Where a user's views of one list are kept in the browser (localStorage) until the server stores them.
export function savedViewsStorageKey(list: string, userId: number): string {
  return `smartcrm.admin.savedViews.${list}.${userId}`;
}

/** The views stored under a key; anything unreadable (another version, a hand edit) counts as none. */
export function parseSavedViews(raw: string | null | undefined): SavedView[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return [];
    return value.filter(
      (entry): entry is SavedView =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof entry.name === 'string' &&
        entry.name.trim() !== '' &&
        typeof entry.search === 'string',
    );
  } catch {
    return [];
  }
}

const sameName = (left: string, right: string) => left.trim().toLowerCase() === right.trim().toLowerCase();

/** Adds a view, replacing one of the same name (in any case); views stay sorted by name. */
export function withSavedView(views: readonly SavedView[], view: SavedView): SavedView[] {
  const named = { name: view.name.trim(), search: view.search };
  return [...views.filter((entry) => !sameName(entry.name, named.name)), named].sort((left, right) =>
    left.name.localeCompare(right.name),
  );
}

export function withoutSavedView(views: readonly SavedView[], name: string): SavedView[] {
  return views.filter((entry) => !sameName(entry.name, name));
}

/** The part of a list's URL query a view keeps: everything but the cursors of later pages. */
export function viewSearch(search: URLSearchParams): string {
  const kept = new URLSearchParams(search);
  kept.delete('after');
  kept.sort();
  return kept.toString();
}
