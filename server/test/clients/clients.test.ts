import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, loginAs, type Session } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
let agent: Session;
let customer: Session;
let ownClientId: number;
let otherClientId: number;
const get = (url: string, session: Session) =>
  testApp.app.inject({ method: 'GET', url, headers: session.headers });

beforeAll(async () => {
  testApp = await buildTestApp();
  const { db } = testApp.context.database;
  const own = await createClient(db, { companyName: 'Northwind Traders', email: 'buyer@northwind.example' });
  const other = await createClient(db, { companyName: 'Contoso Ltd', contactPerson: 'Ana Trujillo' });
  await createClient(db, { companyName: 'Fabrikam', status: 'lead' });
  ownClientId = own.id;
  otherClientId = other.id;
  agent = await loginAs(testApp.app, db, 'agent');
  customer = await loginAs(testApp.app, db, 'customer', { clientId: own.id });
});
afterAll(() => testApp.close());

describe('GET /api/clients', () => {
  it('lists clients by company name for staff', async () => {
    const response = await get('/api/clients', agent);
    expect(response.json().items.map((client: { companyName: string }) => client.companyName)).toEqual([
      'Contoso Ltd',
      'Fabrikam',
      'Northwind Traders',
    ]);
    expect(response.json().nextCursor).toBeNull();
    expect(Object.keys(response.json().items[0])).not.toContain('searchText');
  });

  it('searches company name, contact person and email, case-insensitively', async () => {
    const byContact = await get('/api/clients?q=trujillo', agent);
    expect(byContact.json().items.map((client: { id: number }) => client.id)).toEqual([otherClientId]);
    const byEmail = await get('/api/clients?q=NORTHWIND.example', agent);
    expect(byEmail.json().items.map((client: { id: number }) => client.id)).toEqual([ownClientId]);
  });

  it('shows a customer only its own client, in lists and by id', async () => {
    const list = await get('/api/clients', customer);
    expect(list.json().items.map((client: { id: number }) => client.id)).toEqual([ownClientId]);
    expect((await get(`/api/clients/${ownClientId}`, customer)).statusCode).toBe(200);
    const other = await get(`/api/clients/${otherClientId}`, customer);
    expect(other.statusCode).toBe(404);
    expect(other.json().code).toBe('client_not_found');
  });
});
