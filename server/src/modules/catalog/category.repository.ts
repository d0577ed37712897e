import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import type { CategoryDto } from './dto';
import { priceRules, productCategories, products } from './schema';

// Raw results differ in type between the two drivers; both carry `rows`.
const rowsOf = <Row>(result: unknown) => (result as { rows: Row[] }).rows;

const productCount = sql<number>`(
  select count(*)::int from ${products} where ${products.categoryId} = ${productCategories.id}
)`;

const categoryFields = {
  id: productCategories.id,
  name: productCategories.name,
  slug: productCategories.slug,
  description: productCategories.description,
  parentId: productCategories.parentId,
  productCount,
  version: productCategories.version,
  createdAt: productCategories.createdAt,
  updatedAt: productCategories.updatedAt,
};

/** Every category, by name; the service builds the tree. Catalogues have hundreds, not millions. */
export function findAllCategories(executor: Executor): Promise<CategoryDto[]> {
  return executor
    .select(categoryFields)
    .from(productCategories)
    .orderBy(asc(productCategories.name), asc(productCategories.id));
}

export function findPublicCategories(executor: Executor) {
  return executor
    .select({
      id: productCategories.id,
      name: productCategories.name,
      slug: productCategories.slug,
      parentId: productCategories.parentId,
    })
    .from(productCategories)
    .orderBy(asc(productCategories.name), asc(productCategories.id));
}

export async function findCategoryById(executor: Executor, id: number): Promise<CategoryDto | undefined> {
  const [row] = await executor
    .select(categoryFields)
    .from(productCategories)
    .where(eq(productCategories.id, id));
  return row;
}

export async function slugExists(executor: Executor, slug: string, exceptId?: number): Promise<boolean> {
  const [row] = await executor
    .select({ id: productCategories.id })
    .from(productCategories)
    .where(
      and(
        eq(productCategories.slug, slug),
        exceptId === undefined ? undefined : sql`${productCategories.id} <> ${exceptId}`,
      ),
    );
  return row !== undefined;
}

/** The category itself, then its parent, grandparent, … up to the root. */
export async function findCategoryLineage(executor: Executor, id: number): Promise<number[]> {
  const result = await executor.execute(sql`
    with recursive lineage as (
      select id, parent_id, 0 as depth from ${productCategories} where id = ${id}
      union all
      select parent.id, parent.parent_id, lineage.depth + 1
      from ${productCategories} parent join lineage on parent.id = lineage.parent_id
      where lineage.depth < 100
    )
    select id, depth from lineage order by depth
  `);
  return rowsOf<{ id: number }>(result).map((row) => Number(row.id));
}

/** Lineages of many categories at once, for pricing a basket: category id → [itself, parent, …]. */
export async function findCategoryLineages(
  executor: Executor,
  ids: number[],
): Promise<Map<number, number[]>> {
  const lineages = new Map<number, number[]>();
  if (ids.length === 0) return lineages;
  const result = await executor.execute(sql`
    with recursive lineage as (
      select id as start_id, id, parent_id, 0 as depth from ${productCategories}
      where id in (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})
      union all
      select lineage.start_id, parent.id, parent.parent_id, lineage.depth + 1
      from ${productCategories} parent join lineage on parent.id = lineage.parent_id
      where lineage.depth < 100
    )
    select start_id, id, depth from lineage order by start_id, depth
  `);
  for (const row of rowsOf<{ start_id: number; id: number }>(result)) {
    const start = Number(row.start_id);
    const lineage = lineages.get(start) ?? [];
    lineage.push(Number(row.id));
    lineages.set(start, lineage);
  }
  return lineages;
}

export async function insertCategory(executor: Executor, values: typeof productCategories.$inferInsert) {
  const [row] = await executor
    .insert(productCategories)
    .values(values)
    .returning({ id: productCategories.id });
  return row?.id as number;
}

export type CategoryChanges = Partial<
  Pick<typeof productCategories.$inferInsert, 'name' | 'slug' | 'description' | 'parentId'>
>;

/** Applies changes and bumps the version; false when the category is gone or not at the expected version. */
export async function updateCategoryRow(
  executor: Executor,
  id: number,
  changes: CategoryChanges,
  expectedVersion: number | undefined,
): Promise<boolean> {
  const rows = await executor
    .update(productCategories)
    .set({ ...changes, version: sql`${productCategories.version} + 1` })
    .where(
      and(
        eq(productCategories.id, id),
        expectedVersion === undefined ? undefined : eq(productCategories.version, expectedVersion),
      ),
    )
    .returning({ id: productCategories.id });
  return rows.length > 0;
}

export async function deleteCategoryRow(executor: Executor, id: number) {
  await executor.delete(productCategories).where(eq(productCategories.id, id));
}

/** What still depends on a category: it can be deleted only when all three are zero. */
export async function countCategoryDependents(executor: Executor, id: number) {
  const [children] = await executor
    .select({ value: count() })
    .from(productCategories)
    .where(eq(productCategories.parentId, id));
  const [productRows] = await executor
    .select({ value: count() })
    .from(products)
    .where(eq(products.categoryId, id));
  const [rules] = await executor
    .select({ value: count() })
    .from(priceRules)
    .where(eq(priceRules.categoryId, id));
  return {
    children: Number(children?.value ?? 0),
    products: Number(productRows?.value ?? 0),
    priceRules: Number(rules?.value ?? 0),
  };
}

/**
 * Serialises changes to the shape of the tree, so two concurrent moves cannot each pass the cycle check
 * and together make a loop. Held until the transaction ends.
 */
export async function lockCategoryTree(executor: Executor) {
  await executor.execute(sql`select pg_advisory_xact_lock(hashtext('catalog.product_categories.tree'))`);
}
