import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOf, createContact, eventsOf, requester } from '../support/client-factories';
import { createClient, loginAs, type Session, users } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
let admin: Session;
let manager: Session;
let agent: Session;
let call: ReturnType<typeof requester>;
const db = () => testApp.context.database.db;

beforeAll(async () => {
  testApp = await buildTestApp();
  call = requester(testApp.app);
  admin = await loginAs(testApp.app, db(), 'admin');
  manager = await loginAs(testApp.app, db(), 'manager');
  agent = await loginAs(testApp.app, db(), 'agent');
});
afterAll(() => testApp.close());

describe('lifecycle stage', () => {
  it('moves a client through the pipeline with history, reasons and a client.stage_changed event', async () => {
    const client = await createClient(db(), { companyName: 'Stage Co', stage: 'lead' });
    const toProspect = await call(manager, 'POST', `/api/clients/${client.id}/stage`, {
      stage: 'prospect',
      reason: 'Demo booked',
    });
    expect(toProspect.statusCode).toBe(200);
    expect(toProspect.json()).toMatchObject({ stage: 'prospect', version: 2 });
    await call(manager, 'POST', `/api/clients/${client.id}/stage`, { stage: 'customer' });

    const history = (await call(agent, 'GET', `/api/clients/${client.id}/timeline?types=stage_change`)).json()
      .items;
    const [managerUser] = await db()
      .select({ name: users.name })
      .from(users)
      .where(eq(users.id, manager.userId));
    const changedBy = { changedBy: manager.userId, changedByName: managerUser?.name };
    expect(history.map((item: { data: unknown }) => item.data)).toEqual([
      { fromStage: 'prospect', toStage: 'customer', reason: null, ...changedBy },
      { fromStage: 'lead', toStage: 'prospect', reason: 'Demo booked', ...changedBy },
    ]);
    const events = await eventsOf(db(), 'client.stage_changed', client.id);
    expect(events.map((event) => event.payload)).toEqual([
      { clientId: client.id, fromStage: 'lead', toStage: 'prospect', reason: 'Demo booked' },
      { clientId: client.id, fromStage: 'prospect', toStage: 'customer', reason: null },
    ]);
    const audit = await auditOf(testApp.app, admin, 'client', client.id);
    expect(audit[0]).toMatchObject({
      action: 'change_stage',
      changes: { stage: { before: 'prospect', after: 'customer' } },
    });
  });

  it('refuses the same stage, churn without a reason, an unknown stage and a stale If-Match', async () => {
    const client = await createClient(db(), { stage: 'customer' });
    const same = await call(manager, 'POST', `/api/clients/${client.id}/stage`, { stage: 'customer' });
    expect([same.statusCode, same.json().code]).toEqual([409, 'stage_unchanged']);
    const churn = await call(manager, 'POST', `/api/clients/${client.id}/stage`, { stage: 'churned' });
    expect([churn.statusCode, churn.json().code]).toEqual([400, 'reason_required']);
    const unknown = await call(manager, 'POST', `/api/clients/${client.id}/stage`, { stage: 'won' });
    expect(unknown.json().code).toBe('validation_failed');
    const stale = await call(
      manager,
      'POST',
      `/api/clients/${client.id}/stage`,
      { stage: 'churned', reason: 'Budget' },
      { 'if-match': '"9"' },
    );
    expect(stale.statusCode).toBe(412);
    expect((await call(manager, 'GET', `/api/clients/${client.id}`)).json().stage).toBe('customer');
    expect(await eventsOf(db(), 'client.stage_changed', client.id)).toEqual([]);
    expect((await call(agent, 'POST', `/api/clients/${client.id}/stage`, { stage: 'lead' })).statusCode).toBe(
      403,
    );
  });

  it('shows the pipeline: working clients counted per stage, with the first cards and a cursor to continue', async () => {
    const owner = await loginAs(testApp.app, db(), 'sales');
    for (const [name, stage] of [
      ['Pipe A', 'lead'],
      ['Pipe B', 'lead'],
      ['Pipe C', 'lead'],
      ['Pipe D', 'prospect'],
      ['Pipe E', 'customer'],
    ] as const) {
      await createClient(db(), { companyName: name, stage, ownerUserId: owner.userId });
    }
    await createClient(db(), {
      companyName: 'Pipe Archived',
      stage: 'lead',
      ownerUserId: owner.userId,
      archivedAt: new Date(),
    });
    const board = (
      await call(agent, 'GET', `/api/clients/pipeline?ownerUserId=${owner.userId}&limit=2`)
    ).json();
    expect(
      board.stages.map((column: { stage: string; count: number; items: { companyName: string }[] }) => [
        column.stage,
        column.count,
        column.items.map((client) => client.companyName),
      ]),
    ).toEqual([
      ['lead', 3, ['Pipe A', 'Pipe B']],
      ['prospect', 1, ['Pipe D']],
      ['customer', 1, ['Pipe E']],
      ['churned', 0, []],
    ]);
    const rest = await call(
      agent,
      'GET',
      `/api/clients?stage=lead&ownerUserId=${owner.userId}&limit=2&cursor=${board.stages[0].nextCursor}`,
    );
    expect(rest.json().items.map((client: { companyName: string }) => client.companyName)).toEqual([
      'Pipe C',
    ]);
  });

  it('shows a customer a pipeline of its own client only', async () => {
    const own = await createClient(db(), { companyName: 'Own Pipe', stage: 'customer' });
    const customer = await loginAs(testApp.app, db(), 'customer', { clientId: own.id });
    const board = (await call(customer, 'GET', '/api/clients/pipeline')).json();
    const total = board.stages.reduce((sum: number, column: { count: number }) => sum + column.count, 0);
    expect(total).toBe(1);
    expect(board.stages[2].items.map((client: { id: number }) => client.id)).toEqual([own.id]);
  });
});

describe('contacts', () => {
  it('adds, changes and removes contacts, keeping one primary', async () => {
    const client = await createClient(db());
    const first = await call(manager, 'POST', `/api/clients/${client.id}/contacts`, {
      name: 'Ana Trujillo',
      email: 'ana@contoso.example',
      isPrimary: true,
    });
    expect(first.statusCode).toBe(201);
    const second = await call(manager, 'POST', `/api/clients/${client.id}/contacts`, {
      name: 'Bo Li',
      jobTitle: 'CFO',
      isPrimary: true,
    });
    const listed = (await call(agent, 'GET', `/api/clients/${client.id}/contacts`)).json().items;
    expect(
      listed.map((contact: { name: string; isPrimary: boolean }) => [contact.name, contact.isPrimary]),
    ).toEqual([
      ['Bo Li', true],
      ['Ana Trujillo', false],
    ]);

    const stale = await call(
      manager,
      'PATCH',
      `/api/clients/${client.id}/contacts/${first.json().id}`,
      { isPrimary: true },
      { 'if-match': '"1"' },
    );
    expect(stale.statusCode).toBe(412);
    const promoted = await call(
      manager,
      'PATCH',
      `/api/clients/${client.id}/contacts/${first.json().id}`,
      { isPrimary: true },
      { 'if-match': '"2"' },
    );
    expect(promoted.json()).toMatchObject({ isPrimary: true, version: 3 });
    const afterPromotion = (await call(agent, 'GET', `/api/clients/${client.id}/contacts`)).json().items;
    expect(afterPromotion.filter((contact: { isPrimary: boolean }) => contact.isPrimary)).toHaveLength(1);

    const removed = await call(manager, 'DELETE', `/api/clients/${client.id}/contacts/${second.json().id}`);
    expect(removed.statusCode).toBe(204);
    const events = await eventsOf(db(), 'client.contact_changed', client.id);
    expect(events.map((event) => (event.payload as { change: string }).change)).toEqual([
      'created',
      'created',
      'updated',
      'deleted',
    ]);
    expect((await auditOf(testApp.app, admin, 'client_contact', second.json().id))[0]?.action).toBe('delete');
  });

  it('finds no contact of another client under this one, and refuses bad contact data', async () => {
    const client = await createClient(db());
    const other = await createClient(db());
    const foreign = await createContact(db(), { clientId: other.id });
    const response = await call(manager, 'PATCH', `/api/clients/${client.id}/contacts/${foreign.id}`, {
      name: 'Stolen',
    });
    expect([response.statusCode, response.json().code]).toEqual([404, 'contact_not_found']);
    const bad = await call(manager, 'POST', `/api/clients/${client.id}/contacts`, { email: 'x@y.example' });
    expect(bad.json().errors[0].parameter).toBe('body.name');
  });

  it('shows a customer its own contacts but not another client’s', async () => {
    const own = await createClient(db());
    const other = await createClient(db());
    await createContact(db(), { clientId: own.id, name: 'Mine' });
    await createContact(db(), { clientId: other.id, name: 'Theirs' });
    const customer = await loginAs(testApp.app, db(), 'customer', { clientId: own.id });
    const mine = await call(customer, 'GET', `/api/clients/${own.id}/contacts`);
    expect(mine.json().items.map((contact: { name: string }) => contact.name)).toEqual(['Mine']);
    expect((await call(customer, 'GET', `/api/clients/${other.id}/contacts`)).statusCode).toBe(404);
  });
});
