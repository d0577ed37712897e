import type { UserRole } from '@smartcrm/api-client';

/**
 * What a staff role may do with the catalog, as the server's permission matrix grants it
 * (`products:manage`, `inventory:manage`, and `orders:write` for quotes). The server enforces all of it;
 * the UI only hides what would fail.
 */
export type CatalogPermissions = {
  /** Products, their lifecycle, categories and price rules. */
  manageCatalog: boolean;
  /** Receipts, adjustments and returns. */
  manageInventory: boolean;
  /** Pricing a basket (`POST /api/catalog/quote`). */
  quote: boolean;
};

const catalogManagers: readonly UserRole[] = ['admin', 'manager'];
const quoters: readonly UserRole[] = ['admin', 'manager', 'sales'];

export function catalogPermissions(role: UserRole | undefined): CatalogPermissions {
  const can = (roles: readonly UserRole[]) => role !== undefined && roles.includes(role);
  return { manageCatalog: can(catalogManagers), manageInventory: can(catalogManagers), quote: can(quoters) };
}
