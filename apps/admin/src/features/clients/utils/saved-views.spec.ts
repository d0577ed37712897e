import { describe, expect, it } from 'vitest';
import { parseSavedViews, viewSearch, withoutSavedView, withSavedView } from './saved-views';

describe('saved views', () => {
  it('keeps the filters and sort of a list but not the page it was on', () => {
    const search = new URLSearchParams('tier=gold&after=abc&sort=-createdAt&stage=lead&after=def');
    expect(viewSearch(search)).toBe('sort=-createdAt&stage=lead&tier=gold');
  });

  it('replaces a view saved again under the same name in another case, sorted by name', () => {
    const views = withSavedView(
      [
        { name: 'Gold leads', search: 'tier=gold' },
        { name: 'Archived', search: 'archived=true' },
      ],
      { name: ' gold LEADS ', search: 'tier=gold&stage=lead' },
    );
    expect(views).toEqual([
      { name: 'Archived', search: 'archived=true' },
      { name: 'gold LEADS', search: 'tier=gold&stage=lead' },
    ]);
    expect(withoutSavedView(views, 'Gold leads')).toEqual([{ name: 'Archived', search: 'archived=true' }]);
  });

  it('reads nothing from a broken or foreign value', () => {
    expect(parseSavedViews('{not json')).toEqual([]);
    expect(parseSavedViews('{"name":"x"}')).toEqual([]);
    expect(parseSavedViews('[{"name":"","search":""},{"name":"Mine","search":"ownerUserId=3"},7]')).toEqual([
      { name: 'Mine', search: 'ownerUserId=3' },
    ]);
  });
});
