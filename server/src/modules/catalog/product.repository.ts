import { and, asc, eq, ilike, or } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { containsPattern, planKeyset } from '../../platform/db/keyset';
import type { Page } from '../../platform/http/pagination';
import type { ProductDto, ProductListQuery } from './dto';
import { productCategories, type productStatuses, products } from './schema';

const sortableColumns = { name: products.name, price: products.price, createdAt: products.createdAt };

const productFields = {
  id: products.id,
  sku: products.sku,
  name: products.name,
  description: products.description,
  price: products.price,
  categoryId: products.categoryId,
  categoryName: productCategories.name,
  status: products.status,
  specifications: products.specifications,
  version: products.version,
  createdAt: products.createdAt,
  updatedAt: products.updatedAt,
};

type ProductFilter = { query: ProductListQuery; onlyStatus?: (typeof productStatuses)[number] };

export async function findProducts(executor: Executor, filter: ProductFilter): Promise<Page<ProductDto>> {
  const { query } = filter;
  const plan = planKeyset(query, { columns: sortableColumns, id: products.id });
  const pattern = query.q ? containsPattern(query.q) : undefined;
  const rows = await executor
    .select(productFields)
    .from(products)
    .leftJoin(productCategories, eq(productCategories.id, products.categoryId))
    .where(
      and(
        plan.where,
        pattern ? or(ilike(products.name, pattern), ilike(products.sku, pattern)) : undefined,
        query.categoryId ? eq(products.categoryId, query.categoryId) : undefined,
        filter.onlyStatus ? eq(products.status, filter.onlyStatus) : undefined,
      ),
    )
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  return plan.toPage(rows);
}

export async function findProductById(executor: Executor, id: number): Promise<ProductDto | undefined> {
  const [row] = await executor
    .select(productFields)
    .from(products)
    .leftJoin(productCategories, eq(productCategories.id, products.categoryId))
    .where(eq(products.id, id));
  return row;
}

export function findCategories(executor: Executor) {
  return executor
    .select({ id: productCategories.id, name: productCategories.name, slug: productCategories.slug })
    .from(productCategories)
    .orderBy(asc(productCategories.name));
}
