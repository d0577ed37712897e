import { describe, expect, it } from 'vitest';
import { markSeen, newArrivals, nothingSeen } from './new-arrivals';

const ticket = (id: number, createdAt: string) => ({ id, createdAt });

describe('newArrivals', () => {
  const first = [ticket(3, '2025-03-10T10:00:00Z'), ticket(2, '2025-03-10T09:00:00Z')];
  const seen = markSeen(nothingSeen, first);

  it('finds tickets created after everything the user saw', () => {
    const fresh = [ticket(5, '2025-03-10T10:05:00Z'), ticket(4, '2025-03-10T10:01:00Z'), ...first];
    expect(newArrivals(seen, fresh)).toEqual([5, 4]);
  });

  it('does not count older tickets that only moved into the view', () => {
    expect(newArrivals(seen, [ticket(1, '2025-03-01T00:00:00Z'), ...first])).toEqual([]);
  });

  it('forgets arrivals once they are marked seen', () => {
    const fresh = [ticket(5, '2025-03-10T10:05:00Z'), ...first];
    expect(newArrivals(markSeen(seen, fresh), fresh)).toEqual([]);
  });

  it('counts every ticket of a page that was empty when first seen', () => {
    const empty = markSeen(nothingSeen, []);
    expect(newArrivals(empty, [ticket(9, '2025-03-10T10:00:00Z')])).toEqual([9]);
  });

  it('keeps the same record when nothing new was seen', () => {
    expect(markSeen(seen, first)).toBe(seen);
  });
});
