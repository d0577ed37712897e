import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditOf,
  createContact,
  createInteraction,
  createSatisfactionResponse,
  createTask,
  eventsOf,
  requester,
} from '../support/client-factories';
import { createClient, createOrder, createTicket, loginAs, type Session } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
let admin: Session;
let manager: Session;
let sales: Session;
let agent: Session;
let call: ReturnType<typeof requester>;
const db = () => testApp.context.database.db;

beforeAll(async () => {
  testApp = await buildTestApp();
  call = requester(testApp.app);
  admin = await loginAs(testApp.app, db(), 'admin');
  manager = await loginAs(testApp.app, db(), 'manager');
  sales = await loginAs(testApp.app, db(), 'sales');
  agent = await loginAs(testApp.app, db(), 'agent');
});
afterAll(() => testApp.close());

describe('duplicate detection', () => {
  it('finds clients at the same company domain or with a similar name, not at a shared mail provider', async () => {
    const client = await createClient(db(), {
      companyName: 'Northwind Traders',
      email: 'sales@northwind.example',
    });
    const sameDomain = await createClient(db(), {
      companyName: 'NW Purchasing',
      email: 'buyer@NORTHWIND.example',
    });
    const similarName = await createClient(db(), {
      companyName: 'Northwind Traders Ltd.',
      email: 'x@other.example',
    });
    await createClient(db(), { companyName: 'Contoso', email: 'someone@contoso.example' });
    await createClient(db(), { companyName: 'Fabrikam', email: 'someone@northwind-traders.example' });
    const merged = await createClient(db(), {
      companyName: 'Northwind Traders',
      email: 'old@northwind.example',
    });
    await call(manager, 'POST', `/api/clients/${client.id}/merge`, { duplicateId: merged.id });

    const response = await call(sales, 'GET', `/api/clients/${client.id}/duplicates`);
    expect(response.statusCode).toBe(200);
    const found = response.json().items as {
      client: { id: number };
      reasons: string[];
      nameSimilarity: number;
    }[];
    expect(found.map((candidate) => [candidate.client.id, candidate.reasons])).toEqual([
      [sameDomain.id, ['same_email_domain']],
      [similarName.id, ['similar_name']],
    ]);
    expect(found[1]?.nameSimilarity).toBe(1);

    const gmailA = await createClient(db(), { companyName: 'Jane Doe Consulting', email: 'jane@gmail.com' });
    await createClient(db(), { companyName: 'Acme Widgets', email: 'bob@gmail.com' });
    const personal = await call(sales, 'GET', `/api/clients/${gmailA.id}/duplicates`);
    expect(personal.json()).toEqual({ items: [] });
    expect((await call(agent, 'GET', `/api/clients/${client.id}/duplicates`)).statusCode).toBe(403);
  });
});

describe('merging', () => {
  it('moves everything to the survivor, points orders, tickets and accounts at it, and archives the duplicate', async () => {
    const survivor = await createClient(db(), {
      companyName: 'Contoso Ltd',
      email: 'info@contoso.example',
      phone: null,
      tags: ['vip'],
      notes: 'Key account',
      customFields: { seats: 10 },
    });
    const duplicate = await createClient(db(), {
      companyName: 'Contoso Limited',
      email: 'billing@contoso.example',
      phone: '+44 20 7946 0000',
      city: 'London',
      tags: ['emea', 'vip'],
      notes: 'Pays late',
      customFields: { seats: 3, region: 'emea' },
    });
    await createContact(db(), { clientId: survivor.id, name: 'Primary Here', isPrimary: true });
    await createContact(db(), { clientId: duplicate.id, name: 'Primary There', isPrimary: true });
    await createInteraction(db(), { clientId: duplicate.id, subject: 'Old call' });
    await createTask(db(), { clientId: survivor.id, title: 'Renewal', ruleKey: 'renewal:2030-01-01' });
    await createTask(db(), { clientId: duplicate.id, title: 'Renewal too', ruleKey: 'renewal:2030-01-01' });
    await createSatisfactionResponse(db(), { clientId: duplicate.id, kind: 'nps', score: 9 });
    const order = await createOrder(db(), { clientId: duplicate.id });
    const ticket = await createTicket(db(), { clientId: duplicate.id });
    const customer = await loginAs(testApp.app, db(), 'customer', { clientId: duplicate.id });

    const stale = await call(
      manager,
      'POST',
      `/api/clients/${survivor.id}/merge`,
      { duplicateId: duplicate.id },
      { 'if-match': '"5"' },
    );
    expect(stale.statusCode).toBe(412);
    const response = await call(
      manager,
      'POST',
      `/api/clients/${survivor.id}/merge`,
      { duplicateId: duplicate.id },
      { 'if-match': '"1"' },
    );
    expect(response.statusCode).toBe(200);
    const { client, moved } = response.json();
    expect(moved).toEqual({
      contacts: 1,
      interactions: 1,
      tasks: 1,
      satisfactionResponses: 1,
      orders: 1,
      tickets: 1,
      customerAccounts: 1,
    });
    expect(client).toMatchObject({
      email: 'info@contoso.example',
      phone: '+44 20 7946 0000',
      city: 'London',
      tags: ['vip', 'emea'],
      customFields: { seats: 10, region: 'emea' },
      archivedAt: null,
    });
    expect(client.notes).toContain('Key account');
    expect(client.notes).toContain('Pays late');

    const contacts = (await call(agent, 'GET', `/api/clients/${survivor.id}/contacts`)).json().items;
    expect(
      contacts.map((contact: { name: string; isPrimary: boolean }) => [contact.name, contact.isPrimary]),
    ).toEqual([
      ['Primary Here', true],
      ['Primary There', false],
    ]);
    const timeline = (await call(agent, 'GET', `/api/clients/${survivor.id}/timeline`)).json().items;
    expect(timeline.map((item: { type: string; id: number }) => `${item.type}:${item.id}`)).toEqual(
      expect.arrayContaining([`order:${order.id}`, `ticket:${ticket.id}`]),
    );
    expect((await call(manager, 'GET', `/api/orders/${order.id}`)).json().clientId).toBe(survivor.id);
    const tasks = (await call(agent, 'GET', `/api/tasks?clientId=${survivor.id}`)).json().items;
    expect(tasks.map((task: { ruleKey: string }) => task.ruleKey).sort()).toEqual([
      'renewal:2030-01-01',
      `renewal:2030-01-01:merged-${duplicate.id}`,
    ]);
    const satisfaction = (await call(agent, 'GET', `/api/clients/${survivor.id}/satisfaction`)).json();
    expect(satisfaction.nps.count).toBe(1);

    const archived = (await call(manager, 'GET', `/api/clients/${duplicate.id}`)).json();
    expect(archived.mergedIntoId).toBe(survivor.id);
    expect(archived.archivedAt).not.toBeNull();
    const restore = await call(manager, 'POST', `/api/clients/${duplicate.id}/restore`);
    expect([restore.statusCode, restore.json().code]).toEqual([409, 'client_merged']);
    const mergeAgain = await call(manager, 'POST', `/api/clients/${survivor.id}/merge`, {
      duplicateId: duplicate.id,
    });
    expect([mergeAgain.statusCode, mergeAgain.json().code]).toEqual([409, 'client_merged']);

    const [event] = await eventsOf(db(), 'client.merged', survivor.id);
    expect(event?.payload).toMatchObject({
      clientId: survivor.id,
      duplicateId: duplicate.id,
      moved: { orders: 1 },
    });
    expect((await auditOf(testApp.app, admin, 'client', survivor.id))[0]?.action).toBe('merge');
    expect((await auditOf(testApp.app, admin, 'client', duplicate.id))[0]?.action).toBe('merged_into');

    // The customer account follows its company.
    const account = await call(admin, 'GET', `/api/users/${customer.userId}`);
    expect(account.json().clientId).toBe(survivor.id);
  });

  it('refuses merging a client into itself, into an archived client, and for roles without clients:manage', async () => {
    const client = await createClient(db());
    const self = await call(manager, 'POST', `/api/clients/${client.id}/merge`, { duplicateId: client.id });
    expect([self.statusCode, self.json().code]).toEqual([400, 'cannot_merge_self']);
    const archived = await createClient(db(), { archivedAt: new Date() });
    const intoArchived = await call(manager, 'POST', `/api/clients/${archived.id}/merge`, {
      duplicateId: client.id,
    });
    expect([intoArchived.statusCode, intoArchived.json().code]).toEqual([409, 'client_archived']);
    const missing = await call(manager, 'POST', `/api/clients/${client.id}/merge`, { duplicateId: 999_999 });
    expect([missing.statusCode, missing.json().code]).toEqual([404, 'client_not_found']);
    expect(
      (await call(sales, 'POST', `/api/clients/${client.id}/merge`, { duplicateId: archived.id })).statusCode,
    ).toBe(403);
  });
});
