import type { UserRole } from '@smartcrm/api-client';

type ViewLike = { query: string; mine: boolean; shared: boolean };

/**
 * The part of a list's URL query a view keeps, written the way the server stores it: everything but the
 * cursors of later pages, parameters sorted by name.
 */
export function viewSearch(search: URLSearchParams): string {
  const kept = new URLSearchParams(search);
  kept.delete('after');
  kept.sort();
  return kept.toString();
}

/** The view the list shows now, if any: one's own first when a shared view has the same query. */
export function activeView<View extends ViewLike>(views: readonly View[], current: string): View | null {
  const matching = views.filter((view) => view.query === current);
  return matching.find((view) => view.mine) ?? matching[0] ?? null;
}

// The server's rules (docs/api.md, saved views): leads share; admins may also delete a shared view.
const sharingRoles: readonly UserRole[] = ['admin', 'manager'];

export function canShareViews(role: UserRole | undefined): boolean {
  return role !== undefined && sharingRoles.includes(role);
}

export function canDeleteView(view: ViewLike, role: UserRole | undefined): boolean {
  return view.mine || (view.shared && role === 'admin');
}

/** One's own views first, then the team's, each by name as the server sent them. */
export function groupViews<View extends ViewLike>(views: readonly View[]): { mine: View[]; team: View[] } {
  return { mine: views.filter((view) => view.mine), team: views.filter((view) => !view.mine) };
}
