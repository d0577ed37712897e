import type { ModuleDefinition } from '../../platform/http/app';
import { catalogRoutes } from './routes';

export type { ProductDto, Quote, QuoteLine } from './dto';
export { moneySchema } from './dto';
export * as catalogEvents from './events';
export {
  type OrderStockInput,
  releaseStock,
  reserveStock,
  returnStock,
  type StockLine,
  shipStock,
} from './inventory.service';
export { type PriceBasketInput, priceBasket } from './quote.service';
export { inventoryMovements, priceRules, productCategories, productStatuses, products } from './schema';

/** Catalog: products, categories, stock, pricing and the public catalogue the portal shows. */
export const catalogModule: ModuleDefinition = { name: 'catalog', routes: catalogRoutes };
