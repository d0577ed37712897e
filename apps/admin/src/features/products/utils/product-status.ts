import type { Product } from '@smartcrm/api-client';
import type { EnumStyles } from '../../listing/utils/enum-style';

export const productStatusStyles: EnumStyles<Product['status']> = {
  active: { label: 'products.status.active', color: 'green' },
  draft: { label: 'products.status.draft', color: 'gray' },
  discontinued: { label: 'products.status.discontinued', color: 'red' },
};
