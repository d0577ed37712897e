import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, loginAs, type Session } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
let admin: Session;
let manager: Session;
let sales: Session;
let otherSales: Session;

beforeAll(async () => {
  testApp = await buildTestApp();
  const { db } = testApp.context.database;
  admin = await loginAs(testApp.app, db, 'admin');
  manager = await loginAs(testApp.app, db, 'manager');
  sales = await loginAs(testApp.app, db, 'sales');
  otherSales = await loginAs(testApp.app, db, 'sales');
});
afterAll(() => testApp.close());

type View = {
  id: number;
  list: string;
  name: string;
  query: string;
  shared: boolean;
  mine: boolean;
  owner: { id: number; name: string };
  version: number;
};

const call = (
  session: Session,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  options: { payload?: object; ifMatch?: string } = {},
) =>
  testApp.app.inject({
    method,
    url,
    payload: options.payload,
    headers: { ...session.headers, ...(options.ifMatch ? { 'if-match': options.ifMatch } : {}) },
  });

async function saveView(
  session: Session,
  payload: { list: string; name: string; query: string; shared?: boolean },
) {
  const response = await call(session, 'POST', '/api/saved-views', { payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as View;
}

async function viewsOf(session: Session, list: string) {
  const response = await call(session, 'GET', `/api/saved-views?list=${list}`);
  expect(response.statusCode).toBe(200);
  return response.json().items as View[];
}

async function auditOf(id: number) {
  const response = await call(admin, 'GET', `/api/audit?resource=saved_view&resourceId=${id}&sort=id`);
  expect(response.statusCode).toBe(200);
  return response.json().items as { action: string; actorUserId: number; changes: Record<string, unknown> }[];
}

describe('saved views', () => {
  it('keep a private view for its owner only, stored without the page cursor, and audit it', async () => {
    const created = await call(sales, 'POST', '/api/saved-views', {
      payload: { list: 'clients', name: '  My leads ', query: '?stage=lead&after=abc&sort=-updatedAt' },
    });
    expect(created.statusCode).toBe(201);
    const view = created.json() as View;
    expect(created.headers.etag).toBe('"1"');
    expect(view).toMatchObject({
      list: 'clients',
      name: 'My leads',
      query: 'sort=-updatedAt&stage=lead',
      shared: false,
      mine: true,
      owner: { id: sales.userId },
      version: 1,
    });

    expect((await viewsOf(sales, 'clients')).map((item) => item.id)).toContain(view.id);
    expect((await viewsOf(sales, 'orders')).map((item) => item.id)).not.toContain(view.id);
    // Someone else's private view does not exist for them, whatever they try.
    expect((await viewsOf(otherSales, 'clients')).map((item) => item.id)).not.toContain(view.id);
    expect((await viewsOf(manager, 'clients')).map((item) => item.id)).not.toContain(view.id);
    const renamed = await call(otherSales, 'PATCH', `/api/saved-views/${view.id}`, {
      payload: { name: 'Mine' },
    });
    expect(renamed.statusCode).toBe(404);
    expect(renamed.json().code).toBe('saved_view_not_found');
    expect((await call(otherSales, 'DELETE', `/api/saved-views/${view.id}`)).statusCode).toBe(404);
    expect((await call(admin, 'DELETE', `/api/saved-views/${view.id}`)).statusCode).toBe(404);

    const entries = await auditOf(view.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'create', actorUserId: sales.userId });
    expect(entries[0]?.changes.query).toEqual({ before: null, after: 'sort=-updatedAt&stage=lead' });
  });

  it('show a shared view to the whole team with its owner, but only the owner may change it', async () => {
    const view = await saveView(manager, {
      list: 'orders',
      name: 'Open this week',
      query: 'status=open',
      shared: true,
    });
    expect(view).toMatchObject({ shared: true, mine: true });

    const seen = (await viewsOf(sales, 'orders')).find((item) => item.id === view.id);
    expect(seen).toMatchObject({
      name: 'Open this week',
      query: 'status=open',
      shared: true,
      mine: false,
      owner: { id: manager.userId, name: expect.stringMatching(/^manager \d+$/) },
    });

    const rename = await call(sales, 'PATCH', `/api/saved-views/${view.id}`, {
      payload: { name: 'Taken over' },
    });
    expect(rename.statusCode).toBe(403);
    expect(rename.json().code).toBe('not_owner');
    const removal = await call(sales, 'DELETE', `/api/saved-views/${view.id}`);
    expect(removal.statusCode).toBe(403);
    expect(removal.json().code).toBe('not_owner');
    expect((await viewsOf(sales, 'orders')).find((item) => item.id === view.id)?.name).toBe('Open this week');

    // Unshared, it leaves everyone else's menu again.
    const unshared = await call(manager, 'PATCH', `/api/saved-views/${view.id}`, {
      payload: { shared: false },
    });
    expect(unshared.statusCode).toBe(200);
    expect((await viewsOf(sales, 'orders')).map((item) => item.id)).not.toContain(view.id);
    expect((await call(sales, 'DELETE', `/api/saved-views/${view.id}`)).statusCode).toBe(404);
  });

  it('let an admin delete a view someone else shared', async () => {
    const view = await saveView(manager, {
      list: 'products',
      name: 'Low stock',
      query: 'lowStock=true',
      shared: true,
    });
    const removal = await call(admin, 'DELETE', `/api/saved-views/${view.id}`);
    expect(removal.statusCode).toBe(204);
    expect((await viewsOf(manager, 'products')).map((item) => item.id)).not.toContain(view.id);
    const entries = await auditOf(view.id);
    expect(entries.map((entry) => entry.action)).toEqual(['create', 'delete']);
    expect(entries[1]?.actorUserId).toBe(admin.userId);
  });

  it('refuse sharing to users who are not admins or managers, and change nothing', async () => {
    const shared = await call(sales, 'POST', '/api/saved-views', {
      payload: { list: 'clients', name: 'For everyone', query: 'tier=gold', shared: true },
    });
    expect(shared.statusCode).toBe(403);
    expect(shared.json()).toMatchObject({
      code: 'share_not_allowed',
      errors: [{ parameter: 'body.shared' }],
    });
    expect((await viewsOf(sales, 'clients')).map((item) => item.name)).not.toContain('For everyone');

    const view = await saveView(sales, { list: 'clients', name: 'Gold only', query: 'tier=gold' });
    const sharing = await call(sales, 'PATCH', `/api/saved-views/${view.id}`, { payload: { shared: true } });
    expect(sharing.statusCode).toBe(403);
    expect(sharing.json().code).toBe('share_not_allowed');
    expect((await viewsOf(otherSales, 'clients')).map((item) => item.id)).not.toContain(view.id);
  });

  it('answer 409 with a field error for a second view of the same list by the same name, in any case', async () => {
    await saveView(sales, { list: 'employees', name: 'Support team', query: 'department=Support' });
    const again = await call(sales, 'POST', '/api/saved-views', {
      payload: { list: 'employees', name: 'SUPPORT team', query: 'department=Sales' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(again.json()).toMatchObject({
      code: 'saved_view_name_taken',
      errors: [{ parameter: 'body.name' }],
    });
    // The same name is free on another list and for another user.
    await saveView(sales, { list: 'orders', name: 'Support team', query: '' });
    await saveView(otherSales, { list: 'employees', name: 'Support team', query: '' });

    const other = await saveView(sales, {
      list: 'employees',
      name: 'Engineers',
      query: 'department=Engineering',
    });
    const renamed = await call(sales, 'PATCH', `/api/saved-views/${other.id}`, {
      payload: { name: 'Support Team' },
    });
    expect(renamed.statusCode).toBe(409);
    expect(renamed.json().code).toBe('saved_view_name_taken');
    expect((await viewsOf(sales, 'employees')).map((item) => item.name)).toEqual([
      'Engineers',
      'Support team',
    ]);
  });

  it('refuse a change made from a stale version with 412, and take one from the current version', async () => {
    const view = await saveView(manager, { list: 'tickets', name: 'Urgent', query: 'priority=urgent' });
    const first = await call(manager, 'PATCH', `/api/saved-views/${view.id}`, {
      payload: { name: 'Urgent and open', query: 'status=open&priority=urgent&after=xyz' },
      ifMatch: '"1"',
    });
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).toBe('"2"');
    expect(first.json()).toMatchObject({
      name: 'Urgent and open',
      query: 'priority=urgent&status=open',
      version: 2,
    });

    const stale = await call(manager, 'PATCH', `/api/saved-views/${view.id}`, {
      payload: { name: 'Lost update' },
      ifMatch: '"1"',
    });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().code).toBe('version_conflict');
    const staleDelete = await call(manager, 'DELETE', `/api/saved-views/${view.id}`, { ifMatch: '"1"' });
    expect(staleDelete.statusCode).toBe(412);
    expect((await viewsOf(manager, 'tickets')).find((item) => item.id === view.id)?.name).toBe(
      'Urgent and open',
    );

    expect(
      (await call(manager, 'DELETE', `/api/saved-views/${view.id}`, { ifMatch: '"2"' })).statusCode,
    ).toBe(204);
    expect((await call(manager, 'DELETE', `/api/saved-views/${view.id}`)).statusCode).toBe(404);
    expect((await auditOf(view.id)).map((entry) => entry.action)).toEqual(['create', 'update', 'delete']);
  });

  it('list views by name, ignoring case', async () => {
    await saveView(admin, { list: 'users', name: 'beta', query: 'role=sales' });
    await saveView(admin, { list: 'users', name: 'Alpha', query: 'role=admin' });
    await saveView(manager, { list: 'users', name: 'Gamma', query: 'role=agent', shared: true });
    expect((await viewsOf(admin, 'users')).map((item) => [item.name, item.mine])).toEqual([
      ['Alpha', true],
      ['beta', true],
      ['Gamma', false],
    ]);
  });

  it.each([
    ['an unknown list', { list: 'secrets', name: 'x', query: '' }, 'body.list'],
    ['a blank name', { list: 'clients', name: '   ', query: '' }, 'body.name'],
    ['a name over 100 characters', { list: 'clients', name: 'n'.repeat(101), query: '' }, 'body.name'],
    [
      'a query over 2000 characters',
      { list: 'clients', name: 'Long', query: `q=${'x'.repeat(1999)}` },
      'body.query',
    ],
    ['an unknown field', { list: 'clients', name: 'x', query: '', userId: 1 }, 'body'],
  ])('refuse %s with 400', async (_case, payload, parameter) => {
    const response = await call(sales, 'POST', '/api/saved-views', { payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('validation_failed');
    expect(
      response
        .json()
        .errors.map((error: { parameter: string }) => error.parameter)
        .join(),
    ).toContain(parameter);
  });

  it('refuse a query that grows past 2000 characters once encoded, a list query without a list and an empty change', async () => {
    const encoded = await call(sales, 'POST', '/api/saved-views', {
      payload: { list: 'clients', name: 'Spaces', query: `q=${'é'.repeat(400)}` },
    });
    expect(encoded.statusCode).toBe(400);
    expect(encoded.json().errors).toEqual([{ parameter: 'body.query', message: expect.any(String) }]);

    expect((await call(sales, 'GET', '/api/saved-views')).statusCode).toBe(400);
    const view = await saveView(sales, { list: 'skills', name: 'All', query: '' });
    expect((await call(sales, 'PATCH', `/api/saved-views/${view.id}`, { payload: {} })).statusCode).toBe(400);
  });

  it('are closed to customers', async () => {
    const { db } = testApp.context.database;
    const customer = await loginAs(testApp.app, db, 'customer', { clientId: (await createClient(db)).id });
    expect((await call(customer, 'GET', '/api/saved-views?list=clients')).statusCode).toBe(403);
    const creation = await call(customer, 'POST', '/api/saved-views', {
      payload: { list: 'clients', name: 'x', query: '' },
    });
    expect(creation.statusCode).toBe(403);
  });
});
