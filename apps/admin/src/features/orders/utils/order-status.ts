import type { Order } from '@smartcrm/api-client';
import type { EnumStyles } from '../../listing/utils/enum-style';

export const orderStatusStyles: EnumStyles<Order['status']> = {
  pending: { label: 'orders.status.pending', color: 'yellow' },
  confirmed: { label: 'orders.status.confirmed', color: 'blue' },
  shipped: { label: 'orders.status.shipped', color: 'indigo' },
  delivered: { label: 'orders.status.delivered', color: 'green' },
  cancelled: { label: 'orders.status.cancelled', color: 'red' },
};
