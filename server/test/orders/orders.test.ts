import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, createOrder, loginAs, type Session } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
let manager: Session;
let customer: Session;
let ownOrderIds: number[];
let otherOrderId: number;
const get = (url: string, session: Session) =>
  testApp.app.inject({ method: 'GET', url, headers: session.headers });

beforeAll(async () => {
  testApp = await buildTestApp();
  const { db } = testApp.context.database;
  const own = await createClient(db, { companyName: 'Alpine Outfitters' });
  const other = await createClient(db, { companyName: 'Blue Harbor' });
  const first = await createOrder(db, {
    clientId: own.id,
    totalAmount: '12345.67',
    orderDate: new Date('2025-03-01T10:00:00Z'),
  });
  const second = await createOrder(db, {
    clientId: own.id,
    totalAmount: '0.10',
    status: 'delivered',
    orderDate: new Date('2025-06-01T10:00:00Z'),
    deliveryDate: new Date('2025-06-04T10:00:00Z'),
  });
  ownOrderIds = [second.id, first.id];
  otherOrderId = (await createOrder(db, { clientId: other.id, orderDate: new Date('2025-09-01T10:00:00Z') }))
    .id;
  manager = await loginAs(testApp.app, db, 'manager');
  customer = await loginAs(testApp.app, db, 'customer', { clientId: own.id });
});
afterAll(() => testApp.close());

describe('GET /api/orders', () => {
  it('lists all orders newest first for staff, with the client name and exact amounts', async () => {
    const items = (await get('/api/orders', manager)).json().items;
    expect(items.map((order: { id: number }) => order.id)).toEqual([otherOrderId, ...ownOrderIds]);
    expect(items[2]).toMatchObject({
      clientName: 'Alpine Outfitters',
      totalAmount: '12345.67',
      status: 'draft',
    });
    expect(items[1].deliveryDate).toBe('2025-06-04T10:00:00.000Z');
  });

  it('filters by status and searches by client name', async () => {
    const delivered = (await get('/api/orders?status=delivered', manager)).json().items;
    expect(delivered.map((order: { id: number }) => order.id)).toEqual([ownOrderIds[0]]);
    const byClient = (await get('/api/orders?q=harbor', manager)).json().items;
    expect(byClient.map((order: { id: number }) => order.id)).toEqual([otherOrderId]);
    expect((await get('/api/orders?status=lost', manager)).statusCode).toBe(400);
  });

  it("shows a customer only its own client's orders, whatever filter it sends", async () => {
    const own = (await get('/api/orders', customer)).json().items;
    expect(own.map((order: { id: number }) => order.id)).toEqual(ownOrderIds);
    const probing = (await get('/api/orders?clientId=999', customer)).json().items;
    expect(probing.map((order: { id: number }) => order.id)).toEqual(ownOrderIds);
    expect((await get(`/api/orders/${otherOrderId}`, customer)).statusCode).toBe(404);
    expect((await get(`/api/orders/${ownOrderIds[0]}`, customer)).statusCode).toBe(200);
  });

  it('filters by payment and fulfilment status, owner, overdue and order date', async () => {
    const { db } = testApp.context.database;
    const client = await createClient(db, { companyName: 'Filter Corp' });
    const owner = await loginAs(testApp.app, db, 'sales');
    const overdue = await createOrder(db, {
      clientId: client.id,
      status: 'partially_paid',
      paymentStatus: 'partially_paid',
      totalAmount: '50.00',
      amountPaid: '20.00',
      dueDate: '2024-12-31',
      ownerUserId: owner.userId,
      orderDate: new Date('2024-12-01T10:00:00Z'),
    });
    const shipped = await createOrder(db, {
      clientId: client.id,
      status: 'fulfilled',
      fulfilmentStatus: 'fulfilled',
      paymentStatus: 'paid',
      totalAmount: '50.00',
      amountPaid: '50.00',
      dueDate: '2024-12-31',
      orderDate: new Date('2024-12-15T10:00:00Z'),
    });
    const ids = async (query: string) =>
      (await get(`/api/orders?clientId=${client.id}&${query}`, manager))
        .json()
        .items.map((order: { id: number }) => order.id);

    expect(await ids('paymentStatus=partially_paid')).toEqual([overdue.id]);
    expect(await ids('fulfilmentStatus=fulfilled')).toEqual([shipped.id]);
    expect(await ids(`ownerUserId=${owner.userId}`)).toEqual([overdue.id]);
    expect(await ids('overdue=true')).toEqual([overdue.id]);
    expect(await ids('overdue=false')).toEqual([shipped.id]);
    expect(await ids('from=2024-12-10&to=2025-01-01')).toEqual([shipped.id]);
    expect(await ids('to=2024-12-10T00:00:00Z')).toEqual([overdue.id]);

    const [row] = (await get(`/api/orders?clientId=${client.id}&overdue=true`, manager)).json().items;
    expect(row).toMatchObject({
      outstandingBalance: '30.00',
      isOverdue: true,
      ownerName: expect.any(String),
    });
    for (const query of ['paymentStatus=owed', 'overdue=yes', 'from=last-week', 'ownerUserId=0']) {
      const response = await get(`/api/orders?${query}`, manager);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().code).toBe('validation_failed');
    }
  });

  it('sorts by amount ascending', async () => {
    const items = (await get(`/api/orders?sort=totalAmount&from=2025-01-01`, manager)).json().items;
    expect(items.map((order: { totalAmount: string }) => order.totalAmount)).toEqual([
      '0.10',
      '100.00',
      '12345.67',
    ]);
  });
});
