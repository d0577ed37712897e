import { describe, expect, it } from 'vitest';
import { parseSort, toggleSort } from './sort';

describe('sort', () => {
  it('reads a leading minus as descending', () => {
    expect(parseSort('-price')).toEqual({ field: 'price', direction: 'desc' });
    expect(parseSort('name')).toEqual({ field: 'name', direction: 'asc' });
  });

  it('flips the direction of the sorted column and starts other columns ascending', () => {
    expect(toggleSort('name', 'name')).toBe('-name');
    expect(toggleSort('-name', 'name')).toBe('name');
    expect(toggleSort('-name', 'price')).toBe('price');
  });
});
