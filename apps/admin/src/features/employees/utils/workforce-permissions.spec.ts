import { describe, expect, it } from 'vitest';
import { canManageWorkforce } from './workforce-permissions';

describe('canManageWorkforce', () => {
  it('lets admins and managers change the workforce, and nobody else', () => {
    expect(canManageWorkforce('admin')).toBe(true);
    expect(canManageWorkforce('manager')).toBe(true);
    expect(canManageWorkforce('agent')).toBe(false);
    expect(canManageWorkforce('sales')).toBe(false);
    expect(canManageWorkforce('customer')).toBe(false);
    expect(canManageWorkforce(undefined)).toBe(false);
  });
});
