import type { ModuleDefinition } from '../../platform/http/app';
import { orderRoutes } from './routes';

export type { OrderDto } from './dto';
export { orderStatuses, orders } from './schema';

/** Orders: what clients bought, when, and where it is in fulfilment. */
export const ordersModule: ModuleDefinition = { name: 'orders', routes: orderRoutes };
