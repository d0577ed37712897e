import { describe, expect, it } from 'vitest';
import { canChangeClient, clientAccess } from './client-access';

describe('clientAccess', () => {
  it('lets managers manage clients but not define custom fields', () => {
    const access = clientAccess('manager');
    expect(access.manage).toBe(true);
    expect(access.defineCustomFields).toBe(false);
  });

  it('gives agents interactions, tasks and satisfaction but no profile changes or segments', () => {
    const access = clientAccess('agent');
    expect(access).toMatchObject({
      write: false,
      logInteractions: true,
      tasks: true,
      recordSatisfaction: true,
      segments: false,
    });
  });

  it('gives a missing session nothing', () => {
    expect(Object.values(clientAccess(undefined)).every((allowed) => !allowed)).toBe(true);
  });
});

describe('canChangeClient', () => {
  it('lets a sales user change their own and unowned clients only', () => {
    const sales = { id: 7, role: 'sales' as const };
    expect(canChangeClient(sales, { ownerUserId: 7 })).toBe(true);
    expect(canChangeClient(sales, { ownerUserId: null })).toBe(true);
    expect(canChangeClient(sales, { ownerUserId: 8 })).toBe(false);
  });

  it('lets managers change anyone’s client and agents none', () => {
    expect(canChangeClient({ id: 1, role: 'manager' }, { ownerUserId: 8 })).toBe(true);
    expect(canChangeClient({ id: 1, role: 'agent' }, { ownerUserId: null })).toBe(false);
  });
});
