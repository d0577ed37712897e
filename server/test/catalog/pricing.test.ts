import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPriceRule, eventsOfType, send } from '../support/catalog-factories';
import { createCategory, createClient, createProduct, loginAs, type Session } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

const now = new Date('2026-06-15T12:00:00Z');
let testApp: TestApp;
let manager: Session;
let admin: Session;
let sales: Session;
let agent: Session;
let customer: Session;

beforeAll(async () => {
  testApp = await buildTestApp({ clock: () => now });
  const { db } = testApp.context.database;
  manager = await loginAs(testApp.app, db, 'manager');
  admin = await loginAs(testApp.app, db, 'admin');
  sales = await loginAs(testApp.app, db, 'sales');
  agent = await loginAs(testApp.app, db, 'agent');
  const client = await createClient(db);
  customer = await loginAs(testApp.app, db, 'customer', { clientId: client.id });
});
afterAll(() => testApp.close());

const call = (
  session: Session | undefined,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: unknown,
  headers?: Record<string, string>,
) => send(testApp.app, session, method, url, payload, headers);
const quote = (body: unknown, session: Session = sales) => call(session, 'POST', '/api/catalog/quote', body);

describe('price rules API', () => {
  it('creates, reads, updates with If-Match and deletes a rule, auditing each write', async () => {
    const product = await createProduct(testApp.context.database.db);
    const created = await call(manager, 'POST', '/api/price-rules', {
      name: 'Ten or more',
      kind: 'volume_tier',
      productId: product.id,
      minQuantity: 10,
      percentOff: '7.5',
    });
    expect(created.statusCode).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    const rule = created.json();
    expect(rule).toMatchObject({ kind: 'volume_tier', percentOff: '7.50', fixedPrice: null, isActive: true });

    expect((await call(agent, 'GET', `/api/price-rules/${rule.id}`)).json().name).toBe('Ten or more');
    const list = (await call(sales, 'GET', `/api/price-rules?productId=${product.id}`)).json();
    expect(list.items.map((item: { id: number }) => item.id)).toEqual([rule.id]);

    const updated = await call(
      manager,
      'PATCH',
      `/api/price-rules/${rule.id}`,
      { minQuantity: 20 },
      { 'if-match': '"1"' },
    );
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ minQuantity: 20, version: 2 });
    const stale = await call(
      manager,
      'PATCH',
      `/api/price-rules/${rule.id}`,
      { minQuantity: 5 },
      { 'if-match': '"1"' },
    );
    expect(stale.statusCode).toBe(412);
    expect((await call(sales, 'GET', `/api/price-rules/${rule.id}`)).json().minQuantity).toBe(20);

    expect((await call(manager, 'DELETE', `/api/price-rules/${rule.id}`)).statusCode).toBe(204);
    expect((await call(sales, 'GET', `/api/price-rules/${rule.id}`)).statusCode).toBe(404);
    const audit = (await call(admin, 'GET', `/api/audit?resource=price_rule&resourceId=${rule.id}`)).json();
    expect(audit.items.map((entry: { action: string }) => entry.action)).toEqual([
      'delete',
      'update',
      'create',
    ]);
    expect(await eventsOfType(testApp.context.database.db, 'price_rule.created', rule.id)).toHaveLength(1);
  });

  it('names the field a kind needs, with 400 validation_failed', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'volume_tier', percentOff: '5' }, 'body.minQuantity'],
      [{ kind: 'client_price', fixedPrice: '5.00' }, 'body.clientId'],
      [{ kind: 'segment_price', fixedPrice: '5.00' }, 'body.clientTier'],
      [{ kind: 'segment_price', clientTier: 'diamond', fixedPrice: '5.00' }, 'body.clientTier'],
      [{ kind: 'promotion', percentOff: '5', endsAt: '2026-07-01T00:00:00Z' }, 'body.startsAt'],
      [
        {
          kind: 'promotion',
          percentOff: '5',
          startsAt: '2026-07-01T00:00:00Z',
          endsAt: '2026-06-01T00:00:00Z',
        },
        'body.endsAt',
      ],
      [{ kind: 'volume_tier', minQuantity: 5 }, 'body.fixedPrice'],
      [{ kind: 'volume_tier', minQuantity: 5, fixedPrice: '1.00', percentOff: '5' }, 'body.percentOff'],
      [{ kind: 'volume_tier', minQuantity: 5, percentOff: '150' }, 'body.percentOff'],
      [{ kind: 'volume_tier', minQuantity: 5, percentOff: '5', productId: 999999 }, 'body.productId'],
      [{ kind: 'client_price', clientId: 999999, fixedPrice: '1.00' }, 'body.clientId'],
      [{ kind: 'volume_tier', minQuantity: 5, amountOff: '-1.00' }, 'body.amountOff'],
      [{ kind: 'flash_sale', percentOff: '5' }, 'body.kind'],
    ];
    for (const [body, parameter] of cases) {
      const response = await call(manager, 'POST', '/api/price-rules', { name: 'Invalid', ...body });
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().code).toBe('validation_failed');
      expect(
        response.json().errors.map((error: { parameter: string }) => error.parameter),
        JSON.stringify(body),
      ).toContain(parameter);
    }
  });

  it('checks an update against the whole rule it would produce', async () => {
    const { db } = testApp.context.database;
    const product = await createProduct(db);
    const rule = await createPriceRule(db, {
      kind: 'volume_tier',
      productId: product.id,
      minQuantity: 3,
      percentOff: '5',
    });
    const both = await call(manager, 'PATCH', `/api/price-rules/${rule.id}`, { fixedPrice: '4.00' });
    expect(both.statusCode).toBe(400);
    expect(both.json().errors[0].parameter).toBe('body.percentOff');
    const swapped = await call(manager, 'PATCH', `/api/price-rules/${rule.id}`, {
      fixedPrice: '4.00',
      percentOff: null,
    });
    expect(swapped.statusCode).toBe(200);
    expect(swapped.json()).toMatchObject({ fixedPrice: '4.00', percentOff: null });
  });

  it('is managed by managers and admins only', async () => {
    const response = await call(sales, 'POST', '/api/price-rules', {
      name: 'X',
      kind: 'volume_tier',
      minQuantity: 2,
      percentOff: '5',
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('POST /api/catalog/quote', () => {
  it('prices a basket with tiers, client prices and a promotion, explaining each line and totalling exactly', async () => {
    const { db } = testApp.context.database;
    const parent = await createCategory(db);
    const child = await createCategory(db, { parentId: parent.id });
    const gold = await createClient(db, { tier: 'gold' });
    const headset = await createProduct(db, {
      price: '49.99',
      categoryId: child.id,
      stockOnHand: 40,
      stockReserved: 5,
    });
    const licence = await createProduct(db, { price: '120.00' });
    const cable = await createProduct(db, { price: '0.10' });

    const tier = await createPriceRule(db, {
      kind: 'volume_tier',
      categoryId: parent.id,
      minQuantity: 10,
      percentOff: '10',
    });
    const segment = await createPriceRule(db, {
      kind: 'segment_price',
      clientTier: 'gold',
      productId: licence.id,
      fixedPrice: '100.00',
    });
    const clientPrice = await createPriceRule(db, {
      kind: 'client_price',
      clientId: gold.id,
      productId: licence.id,
      fixedPrice: '105.00',
    });
    const promotion = await createPriceRule(db, {
      kind: 'promotion',
      productId: licence.id,
      amountOff: '12.50',
      startsAt: new Date('2026-06-01T00:00:00Z'),
      endsAt: new Date('2026-07-01T00:00:00Z'),
    });
    await createPriceRule(db, {
      kind: 'volume_tier',
      productId: cable.id,
      minQuantity: 1,
      percentOff: '33.33',
      isActive: false,
    });

    const response = await quote({
      clientId: gold.id,
      lines: [
        { productId: headset.id, quantity: 12 },
        { productId: licence.id, quantity: 3 },
        { productId: cable.id, quantity: 7 },
      ],
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.client).toEqual({ id: gold.id, tier: 'gold' });
    expect(body.date).toBe(now.toISOString());
    expect(body.currency).toBe('USD');

    const [headsetLine, licenceLine, cableLine] = body.lines;
    // 49.99 − 10% (4.999 → 5.00) = 44.99; × 12 = 539.88.
    expect(headsetLine).toMatchObject({
      quantity: 12,
      listPrice: '49.99',
      unitPrice: '44.99',
      lineTotal: '539.88',
      available: 35,
    });
    expect(headsetLine.explanation.appliedRuleIds).toEqual([tier.id]);
    // Base: min(120, segment 100, client 105) = 100; then 12.50 off = 87.50; × 3 = 262.50.
    expect(licenceLine).toMatchObject({ unitPrice: '87.50', lineTotal: '262.50' });
    expect(licenceLine.explanation).toMatchObject({
      basePrice: '100.00',
      appliedRuleIds: [segment.id, promotion.id],
    });
    expect(licenceLine.explanation.rules).toContainEqual(
      expect.objectContaining({ ruleId: clientPrice.id, outcome: 'not_best', price: '105.00' }),
    );
    expect(licenceLine.explanation.summary).toContain('promotion');
    expect(cableLine).toMatchObject({ unitPrice: '0.10', lineTotal: '0.70' });
    // List 599.88 + 360.00 + 0.70; charged 539.88 + 262.50 + 0.70.
    expect(body.totals).toEqual({ list: '960.58', discount: '157.50', total: '803.08' });
  });

  it('uses the date given, so a promotion outside it does not apply', async () => {
    const { db } = testApp.context.database;
    const product = await createProduct(db, { price: '10.00' });
    await createPriceRule(db, {
      kind: 'promotion',
      productId: product.id,
      percentOff: '50',
      startsAt: new Date('2026-06-01T00:00:00Z'),
      endsAt: new Date('2026-07-01T00:00:00Z'),
    });
    const inside = (await quote({ lines: [{ productId: product.id, quantity: 1 }] })).json();
    expect(inside.lines[0].unitPrice).toBe('5.00');
    expect(inside.client).toBeNull();
    const after = (
      await quote({ date: '2026-07-01T00:00:00Z', lines: [{ productId: product.id, quantity: 1 }] })
    ).json();
    expect(after.lines[0].unitPrice).toBe('10.00');
    expect(after.lines[0].explanation.rules[0]).toMatchObject({ outcome: 'not_applicable' });
    expect(after.lines[0].explanation.rules[0].reason).toContain('ended');
  });

  it('refuses draft products, unknown clients and products, and mixed currencies with stable codes', async () => {
    const { db } = testApp.context.database;
    const draft = await createProduct(db, { status: 'draft' });
    const active = await createProduct(db);
    const euro = await createProduct(db, { currency: 'EUR' });

    const unsellable = await quote({ lines: [{ productId: draft.id, quantity: 1 }] });
    expect(unsellable.statusCode).toBe(409);
    expect(unsellable.json().code).toBe('product_not_sellable');
    const noClient = await quote({ clientId: 999999, lines: [{ productId: active.id, quantity: 1 }] });
    expect(noClient.statusCode).toBe(400);
    expect(noClient.json()).toMatchObject({
      code: 'client_not_found',
      errors: [{ parameter: 'body.clientId' }],
    });
    const noProduct = await quote({ lines: [{ productId: 999999, quantity: 1 }] });
    expect(noProduct.statusCode).toBe(404);
    expect(noProduct.json().code).toBe('product_not_found');
    const mixed = await quote({
      lines: [
        { productId: active.id, quantity: 1 },
        { productId: euro.id, quantity: 1 },
      ],
    });
    expect(mixed.statusCode).toBe(400);
    expect(mixed.json().code).toBe('mixed_currencies');
    const empty = await quote({ lines: [] });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].parameter).toBe('body.lines');
    const zero = await quote({ lines: [{ productId: active.id, quantity: 0 }] });
    expect(zero.json().errors[0].parameter).toBe('body.lines.0.quantity');
  });

  it('is for people who write orders: customers and agents get 403', async () => {
    const product = await createProduct(testApp.context.database.db);
    for (const session of [customer, agent]) {
      const response = await quote({ lines: [{ productId: product.id, quantity: 1 }] }, session);
      expect(response.statusCode).toBe(403);
    }
  });
});
