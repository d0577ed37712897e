import { describe, expect, it } from 'vitest';
import { catalogPermissions } from './catalog-permissions';

describe('catalogPermissions', () => {
  it('lets admins and managers change the catalog and stock', () => {
    for (const role of ['admin', 'manager'] as const) {
      expect(catalogPermissions(role)).toEqual({ manageCatalog: true, manageInventory: true, quote: true });
    }
  });

  it('leaves sales users reading the catalog and pricing quotes', () => {
    expect(catalogPermissions('sales')).toEqual({
      manageCatalog: false,
      manageInventory: false,
      quote: true,
    });
  });

  it('leaves agents, customers and the signed-out reading only', () => {
    for (const role of ['agent', 'customer', undefined] as const) {
      expect(catalogPermissions(role)).toEqual({
        manageCatalog: false,
        manageInventory: false,
        quote: false,
      });
    }
  });
});
