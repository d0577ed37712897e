import { describe, expect, it } from 'vitest';
import { startOfLocalDay, toAuditQuery } from './audit-query';

describe('toAuditQuery', () => {
  it('passes paging and the text filters through', () => {
    expect(
      toAuditQuery({
        limit: 25,
        sort: '-createdAt',
        cursor: 'abc',
        resource: 'user',
        resourceId: '7',
        action: 'update',
      }),
    ).toEqual({
      limit: 25,
      sort: '-createdAt',
      cursor: 'abc',
      resource: 'user',
      resourceId: '7',
      action: 'update',
    });
  });

  it('sends the actor id as a number and drops one that is not an id', () => {
    expect(toAuditQuery({ limit: 10, actorUserId: '42' }).actorUserId).toBe(42);
    expect(toAuditQuery({ limit: 10, actorUserId: 'ada' })).not.toHaveProperty('actorUserId');
    expect(toAuditQuery({ limit: 10, actorUserId: '0' })).not.toHaveProperty('actorUserId');
  });

  it('includes the whole last day of the range', () => {
    const query = toAuditQuery({ limit: 10, from: '2026-03-01', to: '2026-03-01' });
    expect(query.from).toBe(new Date(2026, 2, 1).toISOString());
    expect(query.to).toBe(new Date(2026, 2, 2).toISOString());
  });

  it('ignores dates that do not exist', () => {
    expect(startOfLocalDay('2026-02-30')).toBeNull();
    expect(startOfLocalDay('yesterday')).toBeNull();
    expect(toAuditQuery({ limit: 10, from: '2026-13-01', to: 'soon' })).toEqual({
      limit: 10,
      sort: '-createdAt',
    });
  });

  it('rolls the day after the end of a month over into the next month', () => {
    expect(startOfLocalDay('2026-01-31', 1)).toBe(new Date(2026, 1, 1).toISOString());
  });
});
