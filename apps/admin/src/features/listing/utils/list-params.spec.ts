import { describe, expect, it } from 'vitest';
import { readListParams, toListQuery, withFilter, writeListParams } from './list-params';

const options = { sortFields: ['name', 'price'], defaultSort: 'name' };

describe('list params', () => {
  it('falls back to defaults for unsupported sort fields and page sizes', () => {
    const params = readListParams(new URLSearchParams('sort=-secret&limit=7'), options);
    expect(params).toEqual({ q: '', sort: 'name', limit: 25, cursors: [], filters: {} });
  });

  it('round-trips the cursor stack through the URL and queries the last cursor', () => {
    const params = { q: 'desk', sort: '-price', limit: 50, cursors: ['c2', 'c3'], filters: {} };
    const search = writeListParams(params, options.defaultSort);
    expect(readListParams(search, options)).toEqual(params);
    expect(toListQuery(params)).toEqual({ limit: 50, sort: '-price', cursor: 'c3', q: 'desk' });
  });

  it('reads only the filters the resource declares and sends them as query parameters', () => {
    const search = new URLSearchParams('role=agent&isActive=false&secret=1&status=');
    const params = readListParams(search, { ...options, filterKeys: ['role', 'isActive', 'status'] });
    expect(params.filters).toEqual({ role: 'agent', isActive: 'false' });
    expect(toListQuery(params)).toEqual({ limit: 25, sort: 'name', role: 'agent', isActive: 'false' });
    expect(writeListParams(params, 'name').toString()).toBe('role=agent&isActive=false');
  });

  it('never lets a filter take over a parameter the list itself uses', () => {
    const params = readListParams(new URLSearchParams('limit=10&q=x'), { ...options, filterKeys: ['limit'] });
    expect(params.filters).toEqual({});
  });

  it('removes a filter set to nothing', () => {
    expect(withFilter({ role: 'agent' }, 'role', '')).toEqual({});
    expect(withFilter({ role: 'agent' }, 'role', null)).toEqual({});
    expect(withFilter({}, 'action', ' invite ')).toEqual({ action: 'invite' });
  });
});
