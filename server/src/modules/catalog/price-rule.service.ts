import type { Database, Executor } from '../../platform/db/database';
import { recordEvent } from '../../platform/events/domain-event';
import type { AuditActor } from '../../platform/http/audit-actor';
import { AppError, notFound } from '../../platform/http/errors';
import { versionConflict } from '../../platform/http/etag';
import { toCents } from '../../platform/money/money.util';
import { clientExists, clients } from '../clients';
import { recordAudit } from '../identity';
import { findCategoryById, findCategoryLineages } from './category.repository';
import type { CreatePriceRuleInput, PriceRuleDto, PriceRuleListQuery, UpdatePriceRuleInput } from './dto';
import { priceRuleCreated, priceRuleDeleted, priceRuleUpdated } from './events';
import {
  deletePriceRuleRow,
  findPriceRuleById,
  findPriceRules,
  insertPriceRule,
  updatePriceRuleRow,
} from './price-rule.repository';
import { findProductById, findProductsForPricing } from './product.repository';

type RuleShape = Omit<PriceRuleDto, 'id' | 'name' | 'isActive' | 'version' | 'createdAt' | 'updatedAt'>;
type FieldProblem = { parameter: string; message: string };

const clientTiers = clients.tier.enumValues;
const field = (name: string) => `body.${name}`;

/** What each kind of rule needs, and what no rule may combine. Pure, so creation and update agree. */
export function priceRuleProblems(rule: RuleShape): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const adjustments = (['fixedPrice', 'percentOff', 'amountOff'] as const).filter(
    (name) => rule[name] !== null,
  );
  if (adjustments.length === 0) {
    problems.push({
      parameter: field('fixedPrice'),
      message: 'one of fixedPrice, percentOff or amountOff is required',
    });
  }
  for (const extra of adjustments.slice(1)) {
    problems.push({
      parameter: field(extra),
      message: `only one of fixedPrice, percentOff or amountOff; ${adjustments[0]} is set (send null to clear it)`,
    });
  }
  if (rule.percentOff !== null) {
    const basisPoints = toCents(rule.percentOff);
    if (basisPoints <= 0n || basisPoints > 10_000n)
      problems.push({ parameter: field('percentOff'), message: 'must be more than 0 and at most 100' });
  }
  if (rule.amountOff !== null && toCents(rule.amountOff) <= 0n)
    problems.push({ parameter: field('amountOff'), message: 'must be more than 0' });
  if (rule.productId !== null && rule.categoryId !== null) {
    problems.push({
      parameter: field('categoryId'),
      message: 'a rule targets one product or one category (or neither, for every product), not both',
    });
  }
  if (rule.kind === 'volume_tier' && rule.minQuantity === null)
    problems.push({
      parameter: field('minQuantity'),
      message: 'a volume tier needs the quantity it starts at',
    });
  if (rule.kind === 'client_price' && rule.clientId === null)
    problems.push({ parameter: field('clientId'), message: 'a client price needs the client' });
  if (rule.kind === 'segment_price' && rule.clientTier === null)
    problems.push({ parameter: field('clientTier'), message: 'a segment price needs the client tier' });
  if (rule.clientTier !== null && !(clientTiers as readonly string[]).includes(rule.clientTier))
    problems.push({ parameter: field('clientTier'), message: `must be one of ${clientTiers.join(', ')}` });
  if (rule.kind === 'promotion') {
    if (rule.startsAt === null)
      problems.push({ parameter: field('startsAt'), message: 'a promotion needs a start' });
    if (rule.endsAt === null)
      problems.push({ parameter: field('endsAt'), message: 'a promotion needs an end' });
  }
  if (rule.startsAt && rule.endsAt && rule.endsAt.getTime() <= rule.startsAt.getTime())
    problems.push({ parameter: field('endsAt'), message: 'must be after startsAt' });
  return problems;
}

const invalid = (problems: FieldProblem[]) =>
  new AppError(
    'validation_failed',
    400,
    `Invalid ${[...new Set(problems.map((problem) => problem.parameter))].join(', ')}`,
    { errors: problems },
  );

function auditView(rule: PriceRuleDto) {
  const { updatedAt: _updated, ...rest } = rule;
  return rest;
}

/** Price rules: volume tiers, client and segment prices, promotions; the price function applies them. */
export function createPriceRuleService(deps: { db: Database }) {
  const { db } = deps;

  async function existing(id: number, executor: Executor = db) {
    const rule = await findPriceRuleById(executor, id);
    if (!rule) throw notFound('price_rule', id);
    return rule;
  }

  async function assertValid(executor: Executor, rule: RuleShape) {
    const problems = priceRuleProblems(rule);
    if (rule.productId !== null && !(await findProductById(executor, rule.productId)))
      problems.push({ parameter: field('productId'), message: 'must name an existing product' });
    if (rule.categoryId !== null && !(await findCategoryById(executor, rule.categoryId)))
      problems.push({ parameter: field('categoryId'), message: 'must name an existing category' });
    if (rule.clientId !== null && !(await clientExists(executor, rule.clientId)))
      problems.push({ parameter: field('clientId'), message: 'must name an existing client' });
    if (problems.length > 0) throw invalid(problems);
  }

  return {
    /** With `productId`: the rules aimed at that product, its categories (up to the root) or every product. */
    async listPriceRules(query: PriceRuleListQuery) {
      if (query.productId === undefined) return findPriceRules(db, query);
      const [product] = await findProductsForPricing(db, [query.productId]);
      if (!product) return { items: [], nextCursor: null };
      const lineage =
        product.categoryId === null
          ? []
          : ((await findCategoryLineages(db, [product.categoryId])).get(product.categoryId) ?? []);
      return findPriceRules(db, query, { id: product.id, categoryIds: lineage });
    },

    getPriceRule: (id: number) => existing(id),

    async createPriceRule(actor: AuditActor, input: CreatePriceRuleInput) {
      const values = {
        name: input.name,
        kind: input.kind,
        productId: input.productId ?? null,
        categoryId: input.categoryId ?? null,
        clientId: input.clientId ?? null,
        clientTier: input.clientTier ?? null,
        minQuantity: input.minQuantity ?? null,
        fixedPrice: input.fixedPrice ?? null,
        percentOff: input.percentOff ?? null,
        amountOff: input.amountOff ?? null,
        startsAt: input.startsAt ?? null,
        endsAt: input.endsAt ?? null,
        isActive: input.isActive,
      };
      await assertValid(db, values);
      return db.transaction(async (tx) => {
        const rule = await insertPriceRule(tx, values);
        await recordEvent(tx, priceRuleCreated, {
          aggregateId: rule.id,
          payload: { priceRuleId: rule.id, name: rule.name, kind: rule.kind },
          actor,
        });
        await recordAudit(tx, actor, {
          action: 'create',
          resource: 'price_rule',
          resourceId: rule.id,
          after: auditView(rule),
        });
        return rule;
      });
    },

    /** A partial update, validated as the whole rule it produces; send null to clear a field. */
    async updatePriceRule(
      actor: AuditActor,
      id: number,
      changes: UpdatePriceRuleInput,
      expectedVersion?: number,
    ) {
      return db.transaction(async (tx) => {
        const before = await existing(id, tx);
        if (expectedVersion !== undefined && before.version !== expectedVersion)
          throw versionConflict('price rule');
        await assertValid(tx, { ...before, ...changes });
        const after = await updatePriceRuleRow(tx, id, changes, expectedVersion);
        if (!after) throw versionConflict('price rule');
        const changedFields = Object.keys(changes).filter(
          (key) =>
            JSON.stringify(before[key as keyof PriceRuleDto]) !==
            JSON.stringify(after[key as keyof PriceRuleDto]),
        );
        await recordEvent(tx, priceRuleUpdated, {
          aggregateId: id,
          payload: { priceRuleId: id, name: after.name, kind: after.kind, changedFields },
          actor,
        });
        await recordAudit(tx, actor, {
          action: 'update',
          resource: 'price_rule',
          resourceId: id,
          before: auditView(before),
          after: auditView(after),
        });
        return after;
      });
    },

    async deletePriceRule(actor: AuditActor, id: number, expectedVersion?: number) {
      await db.transaction(async (tx) => {
        const rule = await existing(id, tx);
        if (expectedVersion !== undefined && rule.version !== expectedVersion)
          throw versionConflict('price rule');
        await deletePriceRuleRow(tx, id);
        await recordEvent(tx, priceRuleDeleted, {
          aggregateId: id,
          payload: { priceRuleId: id, name: rule.name, kind: rule.kind },
          actor,
        });
        await recordAudit(tx, actor, {
          action: 'delete',
          resource: 'price_rule',
          resourceId: id,
          before: auditView(rule),
        });
      });
    },
  };
}
