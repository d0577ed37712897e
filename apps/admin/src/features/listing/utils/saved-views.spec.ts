import { describe, expect, it } from 'vitest';
import { activeView, canDeleteView, canShareViews, groupViews, viewSearch } from './saved-views';

const view = (name: string, query: string, mine: boolean, shared = !mine) => ({ name, query, mine, shared });

describe('saved views', () => {
  it('keeps the filters and sort of a list but not the page it was on, sorted as the server stores them', () => {
    const search = new URLSearchParams('tier=gold&after=abc&sort=-createdAt&stage=lead&after=def');
    expect(viewSearch(search)).toBe('sort=-createdAt&stage=lead&tier=gold');
    expect(viewSearch(new URLSearchParams('q=Harbour Lights'))).toBe('q=Harbour+Lights');
  });

  it('finds the view on screen, preferring your own to a shared one with the same query', () => {
    const views = [
      view('Team gold', 'tier=gold', false),
      view('My gold', 'tier=gold', true),
      view('Leads', 'stage=lead', true),
    ];
    expect(activeView(views, 'tier=gold')?.name).toBe('My gold');
    expect(activeView(views, 'stage=lead')?.name).toBe('Leads');
    expect(activeView(views, 'stage=lead&tier=gold')).toBeNull();
    expect(activeView([view('Team gold', 'tier=gold', false)], 'tier=gold')?.name).toBe('Team gold');
  });

  it('lets admins and managers share, and only owners (or admins, for shared views) delete', () => {
    expect([
      canShareViews('admin'),
      canShareViews('manager'),
      canShareViews('sales'),
      canShareViews('agent'),
    ]).toEqual([true, true, false, false]);
    expect(canShareViews(undefined)).toBe(false);
    expect(canDeleteView(view('Mine', '', true), 'sales')).toBe(true);
    expect(canDeleteView(view('Shared', '', false), 'sales')).toBe(false);
    expect(canDeleteView(view('Shared', '', false), 'manager')).toBe(false);
    expect(canDeleteView(view('Shared', '', false), 'admin')).toBe(true);
  });

  it('groups your views before the team’s', () => {
    const grouped = groupViews([view('A', '', false), view('B', '', true), view('C', '', false)]);
    expect(grouped.mine.map((entry) => entry.name)).toEqual(['B']);
    expect(grouped.team.map((entry) => entry.name)).toEqual(['A', 'C']);
  });
});
