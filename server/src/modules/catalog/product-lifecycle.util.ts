import type { productStatuses } from './schema';

export type ProductStatus = (typeof productStatuses)[number];

/**
 * The product lifecycle. Archiving goes through discontinued (a deliberate sell-out step, so no active
 * product disappears from open quotes at once), except for a draft that was never launched; archived is
 * final and read-only. A discontinued product can be brought back.
 */
export const productTransitions: Record<ProductStatus, readonly ProductStatus[]> = {
  draft: ['active', 'archived'],
  active: ['discontinued'],
  discontinued: ['active', 'archived'],
  archived: [],
};

export const canTransition = (from: ProductStatus, to: ProductStatus) =>
  productTransitions[from].includes(to);

/** Only these statuses may be reserved: active sells, discontinued sells out what is left. */
export const sellableStatuses = ['active', 'discontinued'] as const satisfies readonly ProductStatus[];

export const isSellable = (status: ProductStatus) => (sellableStatuses as readonly string[]).includes(status);

/** Low stock is a reorder signal, so it concerns only products that are still bought in: active ones. */
export const isLowStock = (product: { status: ProductStatus; available: number; reorderLevel: number }) =>
  product.status === 'active' && product.available <= product.reorderLevel;
