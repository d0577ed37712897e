import { describe, expect, it } from 'vitest';
import { actionsFor, mayChangeOrder, orderPermissions } from './order-permissions';

const everything = [
  'confirm',
  'cancel',
  'record_payment',
  'record_refund',
  'ship',
  'deliver',
  'return_items',
  'close',
] as const;

describe('orderPermissions', () => {
  it('lets sales write orders and take payments but not ship, and agents nothing', () => {
    expect(orderPermissions('sales')).toEqual({ write: true, payments: true, fulfilment: false });
    expect(orderPermissions('manager')).toEqual({ write: true, payments: true, fulfilment: true });
    expect(orderPermissions('agent')).toEqual({ write: false, payments: false, fulfilment: false });
    expect(orderPermissions(undefined)).toEqual({ write: false, payments: false, fulfilment: false });
  });
});

describe('mayChangeOrder', () => {
  const sales = { id: 7, role: 'sales' as const };

  it('binds sales users to their own and unowned orders', () => {
    expect(mayChangeOrder(sales, { ownerUserId: 7 })).toBe(true);
    expect(mayChangeOrder(sales, { ownerUserId: null })).toBe(true);
    expect(mayChangeOrder(sales, { ownerUserId: 8 })).toBe(false);
  });

  it('does not bind managers', () => {
    expect(mayChangeOrder({ id: 1, role: 'manager' }, { ownerUserId: 8 })).toBe(true);
  });
});

describe('actionsFor', () => {
  it('keeps only the available actions the role has the permission for', () => {
    const order = { ownerUserId: 7, availableActions: [...everything] };
    expect([...actionsFor({ id: 7, role: 'sales' }, order)]).toEqual([
      'confirm',
      'cancel',
      'record_payment',
      'record_refund',
      'close',
    ]);
    expect([...actionsFor({ id: 1, role: 'manager' }, order)]).toEqual([...everything]);
    expect([...actionsFor({ id: 2, role: 'agent' }, order)]).toEqual([]);
  });

  it('offers a sales user nothing on another account manager’s order', () => {
    expect(actionsFor({ id: 7, role: 'sales' }, { ownerUserId: 9, availableActions: ['cancel'] }).size).toBe(
      0,
    );
  });

  it('never offers what the status does not admit', () => {
    expect([
      ...actionsFor({ id: 1, role: 'admin' }, { ownerUserId: null, availableActions: ['ship'] }),
    ]).toEqual(['ship']);
  });
});
