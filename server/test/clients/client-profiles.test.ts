import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOf, eventsOf, requester } from '../support/client-factories';
import { createClient, createOrder, createTicket, loginAs, type Session } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
let admin: Session;
let manager: Session;
let sales: Session;
let otherSales: Session;
let agent: Session;
let call: ReturnType<typeof requester>;
const db = () => testApp.context.database.db;

beforeAll(async () => {
  testApp = await buildTestApp();
  call = requester(testApp.app);
  admin = await loginAs(testApp.app, db(), 'admin');
  manager = await loginAs(testApp.app, db(), 'manager');
  sales = await loginAs(testApp.app, db(), 'sales');
  otherSales = await loginAs(testApp.app, db(), 'sales');
  agent = await loginAs(testApp.app, db(), 'agent');
});
afterAll(() => testApp.close());

describe('creating a client', () => {
  it('creates a full profile, records its first stage, a client.created event and an audit entry', async () => {
    const response = await call(manager, 'POST', '/api/clients', {
      companyName: 'Globex Corporation',
      email: 'hello@globex.example',
      industry: 'Energy',
      tier: 'gold',
      stage: 'prospect',
      website: 'https://globex.example',
      addressLine1: '1 Main Street',
      city: 'Springfield',
      country: 'us',
      annualRevenue: '1250000.5',
      tags: ['enterprise', 'enterprise', 'emea'],
      renewalDate: '2026-03-31',
    });
    expect(response.statusCode).toBe(201);
    const client = response.json();
    expect(response.headers.etag).toBe('"1"');
    expect(client).toMatchObject({
      companyName: 'Globex Corporation',
      stage: 'prospect',
      tier: 'gold',
      country: 'US',
      annualRevenue: '1250000.50',
      tags: ['enterprise', 'emea'],
      ownerUserId: null,
      archivedAt: null,
      version: 1,
    });
    const [event] = await eventsOf(db(), 'client.created', client.id);
    expect(event?.payload).toMatchObject({ clientId: client.id, stage: 'prospect', source: 'api' });
    expect(event?.actorUserId).toBe(manager.userId);
    const audit = await auditOf(testApp.app, admin, 'client', client.id);
    expect(audit.map((entry) => entry.action)).toEqual(['create']);
    const timeline = await call(manager, 'GET', `/api/clients/${client.id}/timeline?types=stage_change`);
    expect(timeline.json().items).toMatchObject([
      { type: 'stage_change', data: { fromStage: null, toStage: 'prospect' } },
    ]);
  });

  it('makes a sales user the owner of the clients they create, and lets them give it to no one else', async () => {
    const own = await call(sales, 'POST', '/api/clients', { companyName: 'Initech' });
    expect(own.json().ownerUserId).toBe(sales.userId);
    const forOther = await call(sales, 'POST', '/api/clients', {
      companyName: 'Hooli',
      ownerUserId: otherSales.userId,
    });
    expect(forOther.statusCode).toBe(403);
    expect(forOther.json().code).toBe('owner_not_allowed');
  });

  it('refuses unknown fields, bad values and owners who are not active staff, with problem+json', async () => {
    const unknown = await call(manager, 'POST', '/api/clients', { companyName: 'X', stagee: 'lead' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    expect(unknown.json().code).toBe('validation_failed');
    const badValues = await call(manager, 'POST', '/api/clients', {
      companyName: '',
      email: 'not-an-email',
      annualRevenue: 12.5,
      tier: 'diamond',
    });
    expect(badValues.statusCode).toBe(400);
    expect(
      badValues
        .json()
        .errors.map((error: { parameter: string }) => error.parameter)
        .sort(),
    ).toEqual(['body.annualRevenue', 'body.companyName', 'body.email', 'body.tier']);
    const customer = await loginAs(testApp.app, db(), 'customer', {
      clientId: (await createClient(db())).id,
    });
    const badOwner = await call(manager, 'POST', '/api/clients', {
      companyName: 'Owned by a customer',
      ownerUserId: customer.userId,
    });
    expect(badOwner.statusCode).toBe(400);
    expect(badOwner.json().code).toBe('invalid_owner');
  });
});

describe('updating a client', () => {
  it('applies a change with the current If-Match and refuses a stale one without overwriting', async () => {
    const created = (await call(manager, 'POST', '/api/clients', { companyName: 'Umbrella' })).json();
    const first = await call(
      manager,
      'PATCH',
      `/api/clients/${created.id}`,
      { phone: '+1 555 0100' },
      { 'if-match': '"1"' },
    );
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).toBe('"2"');

    const stale = await call(
      admin,
      'PATCH',
      `/api/clients/${created.id}`,
      { phone: '+1 555 0199' },
      { 'if-match': '"1"' },
    );
    expect(stale.statusCode).toBe(412);
    expect(stale.json().code).toBe('version_conflict');
    const current = await call(manager, 'GET', `/api/clients/${created.id}`);
    expect(current.json()).toMatchObject({ phone: '+1 555 0100', version: 2 });
    expect(current.headers.etag).toBe('"2"');

    const malformed = await call(
      manager,
      'PATCH',
      `/api/clients/${created.id}`,
      { phone: '+1 555 0111' },
      { 'if-match': 'W/"2"' },
    );
    expect(malformed.json().code).toBe('invalid_if_match');
    const [event] = await eventsOf(db(), 'client.updated', created.id);
    expect(event?.payload).toEqual({ clientId: created.id, changedFields: ['phone'] });
    const audit = await auditOf(testApp.app, admin, 'client', created.id);
    expect(audit[0]).toMatchObject({
      action: 'update',
      changes: { phone: { before: null, after: '+1 555 0100' } },
    });
  });

  it('lets a sales user change their own and unowned clients, but not another manager’s (403 not_owner)', async () => {
    const mine = (await call(sales, 'POST', '/api/clients', { companyName: 'Mine Ltd' })).json();
    const unowned = await createClient(db(), { companyName: 'Nobody’s Ltd' });
    expect((await call(sales, 'PATCH', `/api/clients/${mine.id}`, { city: 'Leeds' })).statusCode).toBe(200);
    expect((await call(sales, 'PATCH', `/api/clients/${unowned.id}`, { city: 'York' })).statusCode).toBe(200);

    for (const [method, url, body] of [
      ['PATCH', `/api/clients/${mine.id}`, { city: 'Hull' }],
      ['POST', `/api/clients/${mine.id}/stage`, { stage: 'prospect' }],
      ['POST', `/api/clients/${mine.id}/contacts`, { name: 'Someone' }],
    ] as const) {
      const refused = await call(otherSales, method, url, body);
      expect(refused.statusCode, url).toBe(403);
      expect(refused.json().code, url).toBe('not_owner');
    }
    expect((await call(otherSales, 'GET', `/api/clients/${mine.id}`)).json().city).toBe('Leeds');
    // Managers are not limited by ownership.
    expect((await call(manager, 'PATCH', `/api/clients/${mine.id}`, { city: 'Hull' })).statusCode).toBe(200);
  });

  it('refuses the stage and archive fields in a profile update', async () => {
    const client = await createClient(db());
    for (const body of [{ stage: 'customer' }, { archivedAt: null }, { version: 3 }]) {
      const response = await call(manager, 'PATCH', `/api/clients/${client.id}`, body);
      expect(response.statusCode).toBe(400);
      expect(response.json().code).toBe('validation_failed');
    }
  });
});

describe('custom fields', () => {
  it('lets only admins define typed fields, and checks values on every client write', async () => {
    const byManager = await call(manager, 'POST', '/api/custom-fields', {
      key: 'seats',
      label: 'Seats',
      type: 'number',
    });
    expect(byManager.statusCode).toBe(403);
    const fields = [
      { key: 'seats', label: 'Seats', type: 'number' },
      { key: 'segment_code', label: 'Segment code', type: 'text', required: true },
      { key: 'region', label: 'Region', type: 'select', options: ['emea', 'apac'] },
    ];
    for (const field of fields) {
      expect((await call(admin, 'POST', '/api/custom-fields', field)).statusCode).toBe(201);
    }
    const selectWithoutOptions = await call(admin, 'POST', '/api/custom-fields', {
      key: 'kind',
      label: 'Kind',
      type: 'select',
    });
    expect(selectWithoutOptions.json().errors[0].parameter).toBe('body.options');
    const taken = await call(admin, 'POST', '/api/custom-fields', {
      key: 'seats',
      label: 'Seats again',
      type: 'text',
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('custom_field_key_taken');
    const listed = await call(agent, 'GET', '/api/custom-fields');
    expect(listed.json().items.map((field: { key: string }) => field.key)).toEqual([
      'region',
      'seats',
      'segment_code',
    ]);

    const missingRequired = await call(manager, 'POST', '/api/clients', {
      companyName: 'Typed Ltd',
      customFields: { seats: 3 },
    });
    expect(missingRequired.statusCode).toBe(400);
    expect(missingRequired.json()).toMatchObject({
      code: 'invalid_custom_fields',
      errors: [{ parameter: 'body.customFields.segment_code', message: 'Segment code is required' }],
    });
    const wrongTypes = await call(manager, 'POST', '/api/clients', {
      companyName: 'Typed Ltd',
      customFields: { segment_code: 'A', seats: 'three', region: 'mars', colour: 'red' },
    });
    expect(wrongTypes.json().errors.map((error: { parameter: string }) => error.parameter)).toEqual([
      'body.customFields.seats',
      'body.customFields.region',
      'body.customFields.colour',
    ]);
    const created = await call(manager, 'POST', '/api/clients', {
      companyName: 'Typed Ltd',
      customFields: { segment_code: 'A', seats: 3, region: 'emea' },
    });
    expect(created.json().customFields).toEqual({ segment_code: 'A', seats: 3, region: 'emea' });
    const updated = await call(manager, 'PATCH', `/api/clients/${created.json().id}`, {
      customFields: { seats: 5, region: null },
    });
    expect(updated.json().customFields).toEqual({ segment_code: 'A', seats: 5 });

    const regionField = listed.json().items[0];
    const deleted = await call(admin, 'DELETE', `/api/custom-fields/${listed.json().items[1].id}`);
    expect(deleted.statusCode).toBe(204);
    expect((await call(manager, 'GET', `/api/clients/${created.json().id}`)).json().customFields).toEqual({
      segment_code: 'A',
    });
    const staleField = await call(
      admin,
      'PATCH',
      `/api/custom-fields/${regionField.id}`,
      { label: 'Area' },
      { 'if-match': '"7"' },
    );
    expect(staleField.statusCode).toBe(412);
    const typeChange = await call(admin, 'PATCH', `/api/custom-fields/${regionField.id}`, { type: 'text' });
    expect(typeChange.statusCode).toBe(400);
  });
});

describe('archiving, restoring and deleting', () => {
  it('deletes a client without history, but answers 409 for one with orders and archives it instead', async () => {
    const mistake = await createClient(db(), { companyName: 'Typo Inc' });
    const deleted = await call(manager, 'DELETE', `/api/clients/${mistake.id}`);
    expect(deleted.statusCode).toBe(204);
    expect((await call(manager, 'GET', `/api/clients/${mistake.id}`)).statusCode).toBe(404);
    expect(await eventsOf(db(), 'client.deleted', mistake.id)).toHaveLength(1);

    const withHistory = await createClient(db(), { companyName: 'Loyal Customer Ltd' });
    await createOrder(db(), { clientId: withHistory.id });
    await createTicket(db(), { clientId: withHistory.id });
    const refused = await call(manager, 'DELETE', `/api/clients/${withHistory.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'client_has_history', history: ['orders', 'tickets'] });

    const archived = await call(manager, 'POST', `/api/clients/${withHistory.id}/archive`, {
      reason: 'Closed down',
    });
    expect(archived.statusCode).toBe(200);
    expect(archived.json().archivedAt).not.toBeNull();
    expect((await eventsOf(db(), 'client.archived', withHistory.id))[0]?.payload).toEqual({
      clientId: withHistory.id,
      reason: 'Closed down',
    });
    const again = await call(manager, 'POST', `/api/clients/${withHistory.id}/archive`, {});
    expect(again.json().code).toBe('client_archived');
    const edit = await call(manager, 'PATCH', `/api/clients/${withHistory.id}`, { city: 'Nowhere' });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().code).toBe('client_archived');

    const working = await call(manager, 'GET', '/api/clients?q=loyal');
    expect(working.json().items).toEqual([]);
    const onlyArchived = await call(manager, 'GET', '/api/clients?q=loyal&archived=true');
    expect(onlyArchived.json().items.map((client: { id: number }) => client.id)).toEqual([withHistory.id]);

    const restored = await call(manager, 'POST', `/api/clients/${withHistory.id}/restore`);
    expect(restored.json().archivedAt).toBeNull();
    const audit = await auditOf(testApp.app, admin, 'client', withHistory.id);
    expect(audit.map((entry) => entry.action)).toEqual(['restore', 'archive']);
    expect((await call(sales, 'POST', `/api/clients/${withHistory.id}/archive`, {})).statusCode).toBe(403);
  });
});

describe('the client list', () => {
  it('filters by stage, tier, owner, tag, industry and archived state, next to the search', async () => {
    const owner = await loginAs(testApp.app, db(), 'sales');
    const base = {
      industry: 'Aerospace',
      tier: 'platinum' as const,
      stage: 'customer' as const,
      tags: ['filter-test'],
    };
    const match = await createClient(db(), {
      ...base,
      companyName: 'Filterable Aero',
      ownerUserId: owner.userId,
    });
    await createClient(db(), {
      ...base,
      companyName: 'Filterable Aero Lead',
      stage: 'lead',
      ownerUserId: owner.userId,
    });
    await createClient(db(), {
      ...base,
      companyName: 'Filterable Aero Silver',
      tier: 'silver',
      ownerUserId: owner.userId,
    });
    await createClient(db(), { ...base, companyName: 'Filterable Aero Other', ownerUserId: sales.userId });
    await createClient(db(), {
      ...base,
      companyName: 'Filterable Aero Untagged',
      tags: [],
      ownerUserId: owner.userId,
    });
    await createClient(db(), {
      ...base,
      companyName: 'Filterable Aero Gone',
      ownerUserId: owner.userId,
      archivedAt: new Date(),
    });

    const url = `/api/clients?stage=customer&tier=platinum&ownerUserId=${owner.userId}&tag=filter-test&industry=aerospace`;
    const ids = async (suffix: string) =>
      (await call(agent, 'GET', `${url}${suffix}`))
        .json()
        .items.map((client: { companyName: string }) => client.companyName);
    expect(await ids('')).toEqual(['Filterable Aero']);
    expect(await ids('&q=aero')).toEqual(['Filterable Aero']);
    expect(await ids('&archived=all')).toEqual(['Filterable Aero', 'Filterable Aero Gone']);
    expect(await ids('&archived=true&q=gone')).toEqual(['Filterable Aero Gone']);
    expect(match.id).toBeGreaterThan(0);
    const bad = await call(agent, 'GET', '/api/clients?stage=won');
    expect(bad.json()).toMatchObject({
      code: 'validation_failed',
      errors: [{ parameter: 'querystring.stage' }],
    });
  });

  it('pages a search past archived clients without losing or repeating any', async () => {
    for (let index = 0; index < 7; index++) {
      await createClient(db(), {
        companyName: `Pager ${String(index).padStart(2, '0')}`,
        archivedAt: index % 3 === 0 ? new Date() : null,
      });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { companyName: string }[]; nextCursor: string | null } = (
        await call(agent, 'GET', `/api/clients?q=pager&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      seen.push(...page.items.map((client: { companyName: string }) => client.companyName));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Pager 01', 'Pager 02', 'Pager 04', 'Pager 05']);
  });
});

describe('what a customer sees', () => {
  it('shows its own profile without staff notes, tags or custom fields, and can change nothing', async () => {
    const own = await createClient(db(), {
      companyName: 'Customer Co',
      notes: 'Difficult to reach',
      tags: ['at-risk'],
    });
    const customer = await loginAs(testApp.app, db(), 'customer', { clientId: own.id });
    const profile = (await call(customer, 'GET', `/api/clients/${own.id}`)).json();
    expect(profile).toMatchObject({ companyName: 'Customer Co', notes: null, tags: [], customFields: {} });
    expect((await call(customer, 'PATCH', `/api/clients/${own.id}`, { city: 'X' })).statusCode).toBe(403);
    expect((await call(customer, 'GET', '/api/clients?q=globex')).json().items).toEqual([]);
  });
});
