import { and, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { containsPattern, planKeyset } from '../../platform/db/keyset';
import type { Page } from '../../platform/http/pagination';
import type { PriceRuleDto, PriceRuleListQuery } from './dto';
import { priceRules } from './schema';

const sortableColumns = { name: priceRules.name, createdAt: priceRules.createdAt };

/** A product as rules aim at it: itself, and its category followed by that category's ancestors. */
export type RuleTargetProduct = { id: number; categoryIds: readonly number[] };

/**
 * The rules aimed at a product: at the product itself, at its category or any ancestor category (a rule
 * on a category covers everything below it), or at every product. The same targets the price function
 * considers; whether a rule then applies (client, tier, quantity, dates) is its business.
 */
export function aimedAtProduct(product: RuleTargetProduct): SQL | undefined {
  return or(
    eq(priceRules.productId, product.id),
    product.categoryIds.length > 0 ? inArray(priceRules.categoryId, [...product.categoryIds]) : undefined,
    and(isNull(priceRules.productId), isNull(priceRules.categoryId)),
  );
}

/** A page of rules; `aimedAt` (the product of `query.productId`) keeps the rules aimed at that product. */
export async function findPriceRules(
  executor: Executor,
  query: PriceRuleListQuery,
  aimedAt?: RuleTargetProduct,
): Promise<Page<PriceRuleDto>> {
  const plan = planKeyset(query, { columns: sortableColumns, id: priceRules.id });
  const rows = await executor
    .select()
    .from(priceRules)
    .where(
      and(
        plan.where,
        query.q ? sql`${priceRules.name} ilike ${containsPattern(query.q)}` : undefined,
        query.kind ? eq(priceRules.kind, query.kind) : undefined,
        aimedAt ? aimedAtProduct(aimedAt) : undefined,
        query.categoryId ? eq(priceRules.categoryId, query.categoryId) : undefined,
        query.clientId ? eq(priceRules.clientId, query.clientId) : undefined,
        query.active === undefined ? undefined : eq(priceRules.isActive, query.active),
      ),
    )
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  return plan.toPage(rows);
}

export async function findPriceRuleById(executor: Executor, id: number): Promise<PriceRuleDto | undefined> {
  const [row] = await executor.select().from(priceRules).where(eq(priceRules.id, id));
  return row;
}

export async function insertPriceRule(executor: Executor, values: typeof priceRules.$inferInsert) {
  const [row] = await executor.insert(priceRules).values(values).returning();
  return row as PriceRuleDto;
}

export type PriceRuleChanges = Partial<
  Omit<typeof priceRules.$inferInsert, 'id' | 'version' | 'createdAt' | 'updatedAt'>
>;

/** Applies changes and bumps the version; undefined when the rule is gone or not at the expected version. */
export async function updatePriceRuleRow(
  executor: Executor,
  id: number,
  changes: PriceRuleChanges,
  expectedVersion: number | undefined,
): Promise<PriceRuleDto | undefined> {
  const [row] = await executor
    .update(priceRules)
    .set({ ...changes, version: sql`${priceRules.version} + 1` })
    .where(
      and(
        eq(priceRules.id, id),
        expectedVersion === undefined ? undefined : eq(priceRules.version, expectedVersion),
      ),
    )
    .returning();
  return row;
}

export async function deletePriceRuleRow(executor: Executor, id: number) {
  await executor.delete(priceRules).where(eq(priceRules.id, id));
}

/**
 * The rules that could apply to these products for this client: active, aimed at one of the products,
 * one of the categories (with ancestors) or every product, and not reserved for another client. Time
 * windows and tiers are left to the price function, so its explanation can mention them.
 */
export async function findCandidateRules(
  executor: Executor,
  scope: { productIds: number[]; categoryIds: number[]; clientId: number | null },
) {
  const targets: (SQL | undefined)[] = [and(isNull(priceRules.productId), isNull(priceRules.categoryId))];
  if (scope.productIds.length) targets.push(inArray(priceRules.productId, scope.productIds));
  if (scope.categoryIds.length) targets.push(inArray(priceRules.categoryId, scope.categoryIds));
  return executor
    .select()
    .from(priceRules)
    .where(
      and(
        eq(priceRules.isActive, true),
        or(...targets),
        scope.clientId === null
          ? isNull(priceRules.clientId)
          : or(isNull(priceRules.clientId), eq(priceRules.clientId, scope.clientId)),
      ),
    );
}
