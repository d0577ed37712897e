import type { Database } from '../../platform/db/database';
import type { HeavyQueryRunner } from '../../platform/db/heavy-query';
import { AppError } from '../../platform/http/errors';
import { type Cents, divideRounded, formatCents, sumCents, toCents } from '../../platform/money/money.util';
import type {
  ProductPerformanceQuery,
  ProductPerformanceReport,
  RevenueGrouping,
  RevenueQuery,
  RevenueReport,
} from './dto';
import { dayOf } from './order-view.util';
import {
  type ProductPerformanceRow,
  productPerformance,
  type ReportPeriod,
  type RevenueGroupRow,
  type RevenueSummaryRow,
  receivables,
  revenueByLineAttribute,
  revenueByOrderAttribute,
  revenueByPeriod,
  revenueSummary,
} from './report.repository';

const DAY_MS = 86_400_000;
// A chart of more points than this is no longer readable; ask for a coarser grouping.
const MAX_PERIODS = 1_000;
const periodDays: Partial<Record<RevenueGrouping, number>> = { day: 1, week: 7, month: 28 };

const averageOf = (total: Cents, count: number) =>
  count === 0 ? null : formatCents(divideRounded(total, BigInt(count)));

/** A ratio with two decimals, rounded half away from zero. */
const ratio = (numerator: bigint, denominator: bigint) =>
  denominator === 0n ? null : formatCents(divideRounded(numerator * 100n, denominator));

/**
 * Revenue and product performance. Revenue by period and the summaries come from the daily rollup; the
 * groupings that must read every order and line of the period go through `heavy` (a few at a time, with a
 * statement timeout) until the analytics warehouse takes them over.
 */
export function createReportService(deps: { db: Database; clock: () => Date; heavy: HeavyQueryRunner }) {
  const { db, clock, heavy } = deps;

  function periodOf(
    query: { from?: Date; to?: Date; currency: string },
    grouping?: RevenueGrouping,
  ): ReportPeriod {
    const to = query.to ?? clock();
    const from = query.from ?? new Date(to.getTime() - 365 * DAY_MS);
    if (from >= to) {
      throw new AppError('invalid_period', 400, '`from` must be before `to`', {
        errors: [{ parameter: 'querystring.from', message: 'must be before to' }],
      });
    }
    const days = grouping ? periodDays[grouping] : undefined;
    if (days && (to.getTime() - from.getTime()) / (days * DAY_MS) > MAX_PERIODS) {
      throw new AppError(
        'period_too_long',
        400,
        `At most ${MAX_PERIODS} ${grouping}s; group by a longer period`,
        {
          errors: [{ parameter: 'querystring.groupBy', message: 'too many periods for this range' }],
        },
      );
    }
    return { from, to, currency: query.currency };
  }

  /** The groups and the period's summary: the sum of the periods when grouped by period, else its own query. */
  async function groupsAndSummary(
    period: ReportPeriod,
    grouping: RevenueGrouping,
  ): Promise<{ rows: RevenueGroupRow[]; summary: RevenueSummaryRow }> {
    switch (grouping) {
      case 'day':
      case 'week':
      case 'month': {
        const rows = await revenueByPeriod(db, period, grouping);
        const summary = {
          orders: rows.reduce((sum, row) => sum + row.orders, 0),
          gross: formatCents(sumCents(rows.map((row) => toCents(row.gross)))),
          refunds: formatCents(sumCents(rows.map((row) => toCents(row.refunds)))),
        };
        return { rows, summary };
      }
      case 'product':
      case 'category':
        return {
          rows: await heavy.run((transaction) => revenueByLineAttribute(transaction, period, grouping)),
          summary: await revenueSummary(db, period),
        };
      default:
        return {
          rows: await heavy.run((transaction) => revenueByOrderAttribute(transaction, period, grouping)),
          summary: await revenueSummary(db, period),
        };
    }
  }

  return {
    async revenue(query: RevenueQuery): Promise<RevenueReport> {
      const period = periodOf(query, query.groupBy);
      const { rows, summary } = await groupsAndSummary(period, query.groupBy);
      const owed = await receivables(db, period.currency, dayOf(clock()));
      const perOrderGroup = !['product', 'category'].includes(query.groupBy);
      const revenue = toCents(summary.gross) - toCents(summary.refunds);
      return {
        from: period.from,
        to: period.to,
        currency: period.currency,
        groupBy: query.groupBy,
        summary: {
          grossRevenue: formatCents(toCents(summary.gross)),
          refunds: formatCents(toCents(summary.refunds)),
          revenue: formatCents(revenue),
          orders: summary.orders,
          averageOrderValue: averageOf(revenue, summary.orders),
        },
        receivables: {
          outstanding: formatCents(toCents(owed.outstanding)),
          outstandingOrders: owed.outstandingOrders,
          overdue: formatCents(toCents(owed.overdue)),
          overdueOrders: owed.overdueOrders,
        },
        groups: rows.map((row) => ({
          key: row.key,
          label: row.label ?? (query.groupBy === 'owner' ? 'Unassigned' : ''),
          revenue: formatCents(toCents(row.revenue)),
          orders: row.orders,
          averageOrderValue: perOrderGroup ? averageOf(toCents(row.revenue), row.orders) : null,
          units: row.units,
        })),
      };
    },

    async productPerformance(query: ProductPerformanceQuery): Promise<ProductPerformanceReport> {
      const period = periodOf(query);
      const rows = await heavy.run((transaction) =>
        productPerformance(transaction, period, query.categoryId),
      );
      const categories = new Map<number | null, { name: string; rows: ProductPerformanceRow[] }>();
      for (const row of rows) {
        const entry = categories.get(row.categoryId) ?? {
          name: row.categoryName ?? 'Uncategorised',
          rows: [],
        };
        entry.rows.push(row);
        categories.set(row.categoryId, entry);
      }
      return {
        from: period.from,
        to: period.to,
        currency: period.currency,
        products: rows.slice(0, query.limit).map((row) => ({
          productId: row.productId,
          sku: row.sku,
          name: row.name,
          categoryId: row.categoryId,
          categoryName: row.categoryName,
          ...figures([row]),
        })),
        categories: [...categories]
          .map(([categoryId, entry]) => ({ categoryId, categoryName: entry.name, ...figures(entry.rows) }))
          .sort(
            (a, b) =>
              Number(toCents(b.revenue) - toCents(a.revenue)) || (a.categoryId ?? 0) - (b.categoryId ?? 0),
          ),
        totals: figures(rows),
      };
    },
  };
}

/**
 * Figures for one product or a group of them, in exact arithmetic. Cost of goods is each product's current
 * unit cost times the units kept (sold less returned); a product without a cost makes the group's unknown.
 */
function figures(rows: ProductPerformanceRow[]) {
  const revenue = sumCents(rows.map((row) => toCents(row.revenue)));
  const costKnown = rows.every((row) => row.unitCost !== null);
  const costOfGoods = costKnown
    ? sumCents(rows.map((row) => toCents(row.unitCost ?? '0') * BigInt(row.unitsSold - row.unitsReturned)))
    : null;
  const margin = costOfGoods === null ? null : revenue - costOfGoods;
  const unitsShipped = rows.reduce((sum, row) => sum + row.unitsShipped, 0);
  // Twice the average stock, kept whole so the turnover is one exact division.
  const doubledStock = rows.reduce((sum, row) => sum + row.stockAtStart + row.stockAtEnd, 0);
  return {
    unitsSold: rows.reduce((sum, row) => sum + row.unitsSold, 0),
    unitsReturned: rows.reduce((sum, row) => sum + row.unitsReturned, 0),
    revenue: formatCents(revenue),
    costOfGoods: costOfGoods === null ? null : formatCents(costOfGoods),
    margin: margin === null ? null : formatCents(margin),
    marginPercent: margin === null ? null : ratio(margin * 100n, revenue),
    unitsShipped,
    averageStock: formatCents(BigInt(doubledStock) * 50n),
    stockTurnover: ratio(BigInt(unitsShipped) * 2n, BigInt(doubledStock)),
  };
}
