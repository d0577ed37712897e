import { describe, expect, it } from 'vitest';
import { readListParams, toListQuery, writeListParams } from './list-params';

const options = { sortFields: ['name', 'price'], defaultSort: 'name' };

describe('list params', () => {
  it('falls back to defaults for unsupported sort fields and page sizes', () => {
    const params = readListParams(new URLSearchParams('sort=-secret&limit=7'), options);
    expect(params).toEqual({ q: '', sort: 'name', limit: 25, cursors: [] });
  });

  it('round-trips the cursor stack through the URL and queries the last cursor', () => {
    const params = { q: 'desk', sort: '-price', limit: 50, cursors: ['c2', 'c3'] };
    const search = writeListParams(params, options.defaultSort);
    expect(readListParams(search, options)).toEqual(params);
    expect(toListQuery(params)).toEqual({ limit: 50, sort: '-price', cursor: 'c3', q: 'desk' });
  });
});
