import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshRfmScores } from '../../src/modules/clients';
import { auditOf, createSatisfactionResponse, requester } from '../support/client-factories';
import { createClient, createOrder, loginAs, type Session } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
let admin: Session;
let manager: Session;
let sales: Session;
let agent: Session;
let call: ReturnType<typeof requester>;
const db = () => testApp.context.database.db;
const clients: Record<string, number> = {};

// Five clients with orders, spread so each RFM axis has a clear order; one client without orders.
const orderPlans: Record<string, { date: string; amounts: string[] }> = {
  Alpha: { date: '2025-06-01', amounts: ['500.00', '500.00', '500.00', '500.00', '500.00'] },
  Bravo: { date: '2025-05-01', amounts: ['300.00', '300.00', '300.00', '300.00'] },
  Charlie: { date: '2025-04-01', amounts: ['100.00', '100.00', '100.00'] },
  Delta: { date: '2025-03-01', amounts: ['50.00', '50.00'] },
  Echo: { date: '2024-01-01', amounts: ['10.01'] },
};

beforeAll(async () => {
  testApp = await buildTestApp();
  call = requester(testApp.app);
  admin = await loginAs(testApp.app, db(), 'admin');
  manager = await loginAs(testApp.app, db(), 'manager');
  sales = await loginAs(testApp.app, db(), 'sales');
  agent = await loginAs(testApp.app, db(), 'agent');
  const profiles: Record<string, Partial<Parameters<typeof createClient>[1]>> = {
    Alpha: {
      industry: 'Retail',
      tier: 'gold',
      stage: 'customer',
      annualRevenue: '5000000.00',
      tags: ['vip', 'emea'],
    },
    Bravo: {
      industry: 'Retail',
      tier: 'silver',
      stage: 'customer',
      annualRevenue: '900000.00',
      tags: ['emea'],
    },
    Charlie: {
      industry: 'Energy',
      tier: 'gold',
      stage: 'customer',
      annualRevenue: '250000.00',
      tags: ['vip'],
    },
    Delta: { industry: 'retail', tier: 'standard', stage: 'prospect', annualRevenue: null, tags: [] },
    Echo: { industry: 'Energy', tier: 'standard', stage: 'churned', annualRevenue: '1000.00', tags: [] },
    Foxtrot: {
      industry: 'Retail',
      tier: 'gold',
      stage: 'lead',
      annualRevenue: '7000000.00',
      tags: ['vip', 'emea'],
    },
  };
  for (const [name, profile] of Object.entries(profiles)) {
    clients[name] = (await createClient(db(), { companyName: `${name} Seg`, ...profile })).id;
  }
  for (const [name, plan] of Object.entries(orderPlans)) {
    for (const [index, amount] of plan.amounts.entries()) {
      const day = new Date(`${plan.date}T12:00:00Z`);
      day.setUTCDate(day.getUTCDate() - index * 7);
      await createOrder(db(), {
        clientId: clients[name] as number,
        totalAmount: amount,
        status: 'confirmed',
        orderDate: day,
      });
    }
  }
  // Drafts and cancellations are not sales: they must not count.
  await createOrder(db(), {
    clientId: clients.Echo as number,
    totalAmount: '99999.00',
    status: 'cancelled',
    orderDate: new Date('2025-07-01T00:00:00Z'),
  });
  await createOrder(db(), { clientId: clients.Foxtrot as number, totalAmount: '99999.00', status: 'draft' });
  // The orders went straight into the table; scores are computed by the refresh the scheduled job runs.
  await refreshRfmScores(db());
  await createSatisfactionResponse(db(), { clientId: clients.Alpha as number, kind: 'csat', score: 5 });
  await createSatisfactionResponse(db(), { clientId: clients.Alpha as number, kind: 'nps', score: 10 });
  await createSatisfactionResponse(db(), { clientId: clients.Bravo as number, kind: 'csat', score: 2 });
  await createSatisfactionResponse(db(), { clientId: clients.Bravo as number, kind: 'nps', score: 3 });
});
afterAll(() => testApp.close());

const names = (items: { companyName: string }[]) =>
  items.map((client) => client.companyName.replace(' Seg', ''));

describe('RFM scores', () => {
  it('scores recency, frequency and monetary value in quintiles among clients with counted orders', async () => {
    const alpha = (await call(manager, 'GET', `/api/clients/${clients.Alpha}/rfm`)).json();
    expect(alpha).toMatchObject({
      recency: 5,
      frequency: 5,
      monetary: 5,
      score: 15,
      orderCount: 5,
      totalAmount: '2500.00',
    });
    expect(alpha.lastOrderAt).toBe('2025-06-01T12:00:00.000Z');
    const echo = (await call(manager, 'GET', `/api/clients/${clients.Echo}/rfm`)).json();
    expect(echo).toMatchObject({
      recency: 1,
      frequency: 1,
      monetary: 1,
      score: 3,
      orderCount: 1,
      totalAmount: '10.01',
    });
    const charlie = (await call(manager, 'GET', `/api/clients/${clients.Charlie}/rfm`)).json();
    expect([charlie.recency, charlie.frequency, charlie.monetary]).toEqual([3, 3, 3]);
    const none = (await call(manager, 'GET', `/api/clients/${clients.Foxtrot}/rfm`)).json();
    expect(none).toMatchObject({ recency: null, score: null, orderCount: 0, totalAmount: '0.00' });
    expect((await call(agent, 'GET', `/api/clients/${clients.Alpha}/rfm`)).statusCode).toBe(403);
  });

  it('serves the scores as of the last refresh, saying when, and takes new orders in at the next one', async () => {
    const rfmOf = async (name: string) =>
      (await call(manager, 'GET', `/api/clients/${clients[name]}/rfm`)).json();
    const before = await rfmOf('Foxtrot');
    expect(before).toMatchObject({ score: null, orderCount: 0 });
    const firstAsOf = new Date(before.asOf);
    expect(Number.isNaN(firstAsOf.getTime())).toBe(false);
    expect((await rfmOf('Alpha')).asOf).toBe(before.asOf);

    const order = await createOrder(db(), {
      clientId: clients.Foxtrot as number,
      totalAmount: '7000.00',
      status: 'confirmed',
      orderDate: new Date('2025-06-15T12:00:00Z'),
    });
    expect(await rfmOf('Foxtrot')).toEqual(before);

    const refreshedAt = await refreshRfmScores(db());
    const after = await rfmOf('Foxtrot');
    expect(new Date(after.asOf).getTime()).toBe(refreshedAt.getTime());
    expect(refreshedAt.getTime()).toBeGreaterThanOrEqual(firstAsOf.getTime());
    // Now the most recent and the biggest spender among six clients: 5 on recency and monetary value.
    expect(after).toMatchObject({ recency: 5, monetary: 5, orderCount: 1, totalAmount: '7000.00' });

    await db().execute(sql`delete from orders where id = ${order.id}`);
    await refreshRfmScores(db());
    expect(await rfmOf('Foxtrot')).toMatchObject({ score: null, orderCount: 0 });
    expect((await rfmOf('Alpha')).recency).toBe(5);
  });

  it('computes the scores on first use when they never were (a schema restored without data)', async () => {
    await db().execute(sql`refresh materialized view client_rfm_scores with no data`);
    await db().execute(sql`delete from client_rfm_score_refreshes`);
    const alpha = (await call(manager, 'GET', `/api/clients/${clients.Alpha}/rfm`)).json();
    expect(alpha).toMatchObject({ recency: 5, frequency: 5, monetary: 5, score: 15 });
    expect(alpha.asOf).toEqual(expect.any(String));

    await db().execute(sql`refresh materialized view client_rfm_scores with no data`);
    const preview = await call(sales, 'POST', '/api/segments/preview', {
      rules: { rfm: { recency: { min: 4 } } },
    });
    expect(preview.statusCode).toBe(200);
    expect(names(preview.json().items)).toEqual(['Alpha', 'Bravo']);
  });
});

describe('segments', () => {
  it('saves a segment and lists and counts its clients live, as the data changes', async () => {
    const created = await call(sales, 'POST', '/api/segments', {
      name: 'Retail VIPs',
      rules: { industries: ['RETAIL'], tags: ['vip'], tiers: ['gold', 'platinum'] },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(names((await call(sales, 'GET', `/api/segments/${id}/clients`)).json().items)).toEqual([
      'Alpha',
      'Foxtrot',
    ]);
    expect((await call(sales, 'GET', `/api/segments/${id}/count`)).json()).toEqual({ count: 2 });

    await call(manager, 'PATCH', `/api/clients/${clients.Bravo}`, {
      tags: ['emea', 'vip'],
      tier: 'platinum',
    });
    expect((await call(sales, 'GET', `/api/segments/${id}/count`)).json()).toEqual({ count: 3 });
    const firstPage = (await call(sales, 'GET', `/api/segments/${id}/clients?limit=2`)).json();
    const secondPage = (
      await call(sales, 'GET', `/api/segments/${id}/clients?limit=2&cursor=${firstPage.nextCursor}`)
    ).json();
    expect([...names(firstPage.items), ...names(secondPage.items)]).toEqual(['Alpha', 'Bravo', 'Foxtrot']);
    expect((await auditOf(testApp.app, admin, 'client_segment', id))[0]?.action).toBe('create');
  });

  it('applies every kind of rule', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ stages: ['prospect', 'churned'] }, ['Delta', 'Echo']],
      [{ annualRevenue: { min: '250000.00', max: '1000000' } }, ['Bravo', 'Charlie']],
      [{ lastOrder: { before: '2025-04-01' } }, ['Delta', 'Echo']],
      [{ lastOrder: { after: '2025-04-01' } }, ['Alpha', 'Bravo', 'Charlie']],
      [{ rfm: { recency: { min: 4 } } }, ['Alpha', 'Bravo']],
      [{ rfm: { score: { max: 6 } } }, ['Delta', 'Echo']],
      [{ satisfaction: { csat: { min: 4 } } }, ['Alpha']],
      [{ satisfaction: { nps: { max: 0 } } }, ['Bravo']],
      [{ industries: ['Energy'], rfm: { monetary: { min: 1, max: 3 } } }, ['Charlie', 'Echo']],
      [{}, ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot']],
    ];
    for (const [rules, expected] of cases) {
      const preview = await call(sales, 'POST', '/api/segments/preview', { rules });
      expect(preview.statusCode, JSON.stringify(rules)).toBe(200);
      expect(names(preview.json().items), JSON.stringify(rules)).toEqual(expected);
      expect(preview.json().count, JSON.stringify(rules)).toBe(expected.length);
    }
  });

  it('leaves archived clients out of every segment', async () => {
    const archived = await createClient(db(), {
      companyName: 'Zulu Seg',
      industry: 'Retail',
      archivedAt: new Date(),
    });
    const preview = (
      await call(sales, 'POST', '/api/segments/preview', { rules: { industries: ['Retail'] } })
    ).json();
    expect(preview.items.map((client: { id: number }) => client.id)).not.toContain(archived.id);
  });

  it('refuses malformed rules with a named parameter', async () => {
    for (const rules of [
      { stage: ['lead'] },
      { rfm: { recency: { min: 6 } } },
      { rfm: { score: { min: 10, max: 4 } } },
      { annualRevenue: { min: 1000 } },
      { lastOrder: { before: '01/02/2025' } },
    ]) {
      const response = await call(sales, 'POST', '/api/segments', { name: 'Bad', rules });
      expect(response.statusCode, JSON.stringify(rules)).toBe(400);
      expect(response.json().errors[0].parameter, JSON.stringify(rules)).toMatch(/^body\.rules/);
    }
  });

  it('updates with If-Match, refuses a stale version, and deletes', async () => {
    const created = (
      await call(manager, 'POST', '/api/segments', { name: 'Energy', rules: { industries: ['Energy'] } })
    ).json();
    const renamed = await call(
      manager,
      'PATCH',
      `/api/segments/${created.id}`,
      { name: 'Energy sector' },
      { 'if-match': '"1"' },
    );
    expect(renamed.json()).toMatchObject({ name: 'Energy sector', version: 2 });
    const stale = await call(
      manager,
      'PATCH',
      `/api/segments/${created.id}`,
      { name: 'Lost update' },
      { 'if-match': '"1"' },
    );
    expect(stale.statusCode).toBe(412);
    expect((await call(manager, 'GET', `/api/segments/${created.id}`)).json().name).toBe('Energy sector');
    const listed = (await call(manager, 'GET', '/api/segments?q=energy')).json().items;
    expect(listed.map((segment: { name: string }) => segment.name)).toEqual(['Energy sector']);
    expect((await call(manager, 'DELETE', `/api/segments/${created.id}`)).statusCode).toBe(204);
    expect((await call(manager, 'GET', `/api/segments/${created.id}/clients`)).json().code).toBe(
      'segment_not_found',
    );
  });

  it('is out of reach for customers and agents', async () => {
    const customer = await loginAs(testApp.app, db(), 'customer', { clientId: clients.Alpha });
    const segment = (await call(manager, 'POST', '/api/segments', { name: 'All', rules: {} })).json();
    for (const session of [customer, agent]) {
      for (const [method, url] of [
        ['GET', '/api/segments'],
        ['GET', `/api/segments/${segment.id}/clients`],
        ['GET', `/api/segments/${segment.id}/count`],
        ['POST', '/api/segments/preview'],
      ] as const) {
        const response = await call(session, method, url, method === 'POST' ? { rules: {} } : undefined);
        expect(response.statusCode, url).toBe(403);
      }
    }
  });
});
