import type { MessageKey } from '../../../i18n/messages-en';
import type { EnumStyles } from '../../listing/utils/enum-style';
import type { ProductStatus } from '../api/product-types';

export const productStatusStyles: EnumStyles<ProductStatus> = {
  active: { label: 'products.status.active', color: 'green' },
  draft: { label: 'products.status.draft', color: 'gray' },
  discontinued: { label: 'products.status.discontinued', color: 'orange' },
  archived: { label: 'products.status.archived', color: 'gray' },
};

/** The wording of the action that moves a product into each status. */
export const lifecycleActionLabels: Record<ProductStatus, MessageKey> = {
  draft: 'products.lifecycle.toDraft',
  active: 'products.lifecycle.toActive',
  discontinued: 'products.lifecycle.toDiscontinued',
  archived: 'products.lifecycle.toArchived',
};

/** Archived products are read-only: no edits, no status change, no stock receipts or adjustments. */
export const isReadOnlyProduct = (product: { status: ProductStatus }) => product.status === 'archived';
