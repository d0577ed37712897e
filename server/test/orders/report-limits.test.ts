import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/platform/db/database';
import { heavyQueryRunner } from '../../src/platform/db/heavy-query';
import { AppError } from '../../src/platform/http/errors';
import { createClient, loginAs, type Session } from '../support/factories';
import { createConfirmedOrder, createStockedProduct, ordersApi } from '../support/order-factories';
import { buildTestApp, type TestApp } from '../support/test-app';

// One heavy report at a time, statements stopped after 1.5 s (and a turn waited for as long).
let testApp: TestApp;
let manager: Session;
const db = () => testApp.context.database.db;
const runner = () => heavyQueryRunner(db(), testApp.context.config.reports);

beforeAll(async () => {
  testApp = await buildTestApp({ env: { REPORT_CONCURRENCY: '1', REPORT_STATEMENT_TIMEOUT_MS: '1500' } });
  manager = await loginAs(testApp.app, db(), 'manager');
  const product = await createStockedProduct(db(), { price: '25.00' });
  const client = await createClient(db());
  const api = ordersApi(testApp.app);
  const order = await createConfirmedOrder(api, manager, {
    clientId: client.id,
    items: [{ productId: product.id, quantity: 2 }],
  });
  await api.pay(manager, order.id, '50.00');
});
afterAll(() => testApp.close());

const report = (query: string) =>
  testApp.app.inject({ method: 'GET', url: `/api/reports/${query}`, headers: manager.headers });

const settingOf = async (executor: Parameters<typeof queryRows>[0]) =>
  (await queryRows<{ value: string }>(executor, sql`select current_setting('statement_timeout') as value`))[0]
    ?.value;

describe('the application database connections', () => {
  // PostgreSQL's default is on; it compiled the old RFM statement for 0.8 s (docs/performance.md).
  it('run without JIT compilation', async () => {
    const [row] = await queryRows<{ jit: string }>(db(), sql`select current_setting('jit') as jit`);
    expect(row?.jit).toBe('off');
  });
});

describe('heavy reports', () => {
  it('run with the statement timeout set for their own transaction only', async () => {
    expect(await runner().run((transaction) => settingOf(transaction))).toBe('1500ms');
    expect(await settingOf(db())).toBe('0');
  });

  it('wait for a free turn, and answer 503 reports_busy with Retry-After when none comes in time', async () => {
    let release: () => void = () => undefined;
    const held = runner().run(
      () =>
        new Promise<void>((resolve) => {
          release = resolve;
        }),
    );

    const started = Date.now();
    const busy = await report('revenue?groupBy=product');
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_400);
    expect(busy.statusCode).toBe(503);
    expect(busy.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(busy.headers['retry-after']).toBe('2');
    expect(busy.json()).toMatchObject({
      type: 'https://smartcrm.dev/problems/reports-busy',
      title: 'Service Unavailable',
      status: 503,
      code: 'reports_busy',
    });

    // A request that arrives while the turn is taken gets it as soon as it is freed.
    const waiting = report('revenue?groupBy=category');
    await new Promise((resolve) => setTimeout(resolve, 200));
    release();
    await held;
    const served = await waiting;
    expect(served.statusCode).toBe(200);
    expect(served.json().summary.revenue).toBe('50.00');
  });

  it('turn a statement the timeout cancelled into 504 report_timeout, and free the turn', async () => {
    // The SQLSTATE PostgreSQL gives a statement stopped by statement_timeout (57014, query_canceled).
    const cancelled = runner().run((transaction) =>
      transaction.execute(
        sql`do $$ begin
              raise exception 'canceling statement due to statement timeout' using errcode = 'query_canceled';
            end $$`,
      ),
    );
    await expect(cancelled).rejects.toBeInstanceOf(AppError);
    await expect(cancelled).rejects.toMatchObject({ code: 'report_timeout', status: 504 });
    expect((await report('product-performance')).statusCode).toBe(200);
  });

  it('keep other errors as they are', async () => {
    await expect(
      runner().run((transaction) => transaction.execute(sql`select 1 / 0`)),
    ).rejects.not.toBeInstanceOf(AppError);
    expect((await report('revenue?groupBy=client')).statusCode).toBe(200);
  });

  // The embedded database cannot interrupt a running statement (it has no timer signals), so this one needs
  // PostgreSQL: a lock held by another session keeps the report's statement waiting past the timeout.
  it.runIf(process.env.DATABASE_URL)(
    'stop a report that runs past the timeout on PostgreSQL with a 504 problem',
    async () => {
      const blocker = new pg.Client({ connectionString: testApp.database.url });
      await blocker.connect();
      try {
        await blocker.query('begin');
        await blocker.query('lock table orders in access exclusive mode');
        const started = Date.now();
        const stopped = await report('revenue?groupBy=owner');
        expect(Date.now() - started).toBeLessThan(5_000);
        expect(stopped.statusCode).toBe(504);
        expect(stopped.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(stopped.json()).toMatchObject({
          type: 'https://smartcrm.dev/problems/report-timeout',
          title: 'Gateway Timeout',
          status: 504,
          code: 'report_timeout',
        });
        await blocker.query('rollback');
        expect((await report('revenue?groupBy=owner')).statusCode).toBe(200);
      } finally {
        await blocker.end();
      }
    },
  );
});
