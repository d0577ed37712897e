import type { ModuleDefinition } from '../../platform/http/app';
import { orderRoutes } from './routes';

export { orders, orderStatuses } from './schema';
export type { OrderDto } from './dto';

/** Orders: what clients bought, when, and where it is in fulfilment. */
export const ordersModule: ModuleDefinition = { name: 'orders', routes: orderRoutes };
