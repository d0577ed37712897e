import { describe, expect, it } from 'vitest';
import { readCatalogParams, toCatalogQuery, writeCatalogParams } from './catalog-params';

describe('catalogue params', () => {
  it('ignores unknown sorts and invalid categories', () => {
    expect(readCatalogParams(new URLSearchParams('sort=-secret&category=abc'))).toEqual({
      q: '',
      categoryId: null,
      sort: 'name',
      cursors: [],
    });
  });

  it('round-trips through the URL and asks for the current page', () => {
    const params = { q: 'scanner', categoryId: 3, sort: '-price' as const, cursors: ['a', 'b'] };
    expect(readCatalogParams(writeCatalogParams(params))).toEqual(params);
    expect(toCatalogQuery(params)).toEqual({
      limit: 12,
      sort: '-price',
      cursor: 'b',
      q: 'scanner',
      categoryId: 3,
    });
  });
});
