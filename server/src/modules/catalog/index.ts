import type { ModuleDefinition } from '../../platform/http/app';
import { catalogRoutes } from './routes';

export type { ProductDto } from './dto';
export { moneySchema } from './dto';
export { productCategories, productStatuses, products } from './schema';

/** Catalog: products, categories and the public catalogue the portal shows. */
export const catalogModule: ModuleDefinition = { name: 'catalog', routes: catalogRoutes };
