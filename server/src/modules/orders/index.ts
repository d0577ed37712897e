import type { ModuleDefinition } from '../../platform/http/app';
import { priceBasket, releaseStock, reserveStock, returnStock, shipStock } from '../catalog';
import { createOrderRoutes } from './routes';

export type { OrderDetailDto, OrderDto } from './dto';
export * as orderEvents from './events';
export { findOrderReference, type OrderReference } from './order.repository';
export { rebuildOrderRevenueDays } from './order-revenue-rollup';
export { fulfilmentStatuses, orderStatuses, orders, paymentStatuses } from './schema';

/** Orders: what clients bought, at what price, and where it is in payment and fulfilment; revenue reports. */
export const ordersModule: ModuleDefinition = {
  name: 'orders',
  routes: createOrderRoutes({ priceBasket, reserveStock, releaseStock, shipStock, returnStock }),
};
