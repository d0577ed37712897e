import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRelationshipRules } from '../../src/modules/clients';
import { createInteraction, requester } from '../support/client-factories';
import { createClient, createEmployee, createUser, loginAs, type Session, users } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

// People are named in the payloads that mention them, so no screen has to load a directory to show them.
let testApp: TestApp;
let manager: Session;
let agent: Session;
let call: ReturnType<typeof requester>;
let owner: { id: number; name: string };
let nameless: { id: number; email: string };
const db = () => testApp.context.database.db;

async function nameOf(userId: number) {
  const [row] = await db().select({ name: users.name }).from(users).where(eq(users.id, userId));
  if (!row?.name) throw new Error(`user ${userId} has no name`);
  return row.name;
}

beforeAll(async () => {
  testApp = await buildTestApp();
  call = requester(testApp.app);
  manager = await loginAs(testApp.app, db(), 'manager');
  agent = await loginAs(testApp.app, db(), 'agent');
  const sales = await createUser(db(), 'sales');
  owner = { id: sales.id, name: await nameOf(sales.id) };
  const noName = await createUser(db(), 'manager', { email: 'no.name@staff.example' });
  await db().update(users).set({ name: null }).where(eq(users.id, noName.id));
  nameless = { id: noName.id, email: noName.email };
});
afterAll(() => testApp.close());

describe('client owners by name', () => {
  it('names the owner in the list, a search, the profile and the pipeline; null without an owner', async () => {
    const owned = await createClient(db(), { companyName: 'Namecheck Owned GmbH', ownerUserId: owner.id });
    const unowned = await createClient(db(), { companyName: 'Namecheck Unowned Ltd' });
    const expected = [
      { id: owned.id, ownerUserId: owner.id, ownerName: owner.name },
      { id: unowned.id, ownerUserId: null, ownerName: null },
    ];
    const pick = (items: { id: number; ownerUserId: number | null; ownerName: string | null }[]) =>
      items
        .filter((item) => item.id === owned.id || item.id === unowned.id)
        .map(({ id, ownerUserId, ownerName }) => ({ id, ownerUserId, ownerName }));

    const list = await call(agent, 'GET', '/api/clients?limit=100');
    expect(pick(list.json().items)).toEqual(expected);
    // A search takes another path through the repository (the page's ids first, then the rows).
    const search = await call(agent, 'GET', '/api/clients?q=namecheck');
    expect(pick(search.json().items)).toEqual(expected);
    const byCreation = await call(agent, 'GET', '/api/clients?sort=-createdAt&tier=standard');
    expect(pick(byCreation.json().items)).toEqual([...expected].reverse());

    const profile = await call(agent, 'GET', `/api/clients/${owned.id}`);
    expect(profile.json()).toMatchObject({ ownerUserId: owner.id, ownerName: owner.name });

    const pipeline = await call(agent, 'GET', '/api/clients/pipeline?q=namecheck');
    const cards = pipeline.json().stages.flatMap((stage: { items: unknown[] }) => stage.items);
    expect(pick(cards)).toEqual(expected);
  });

  it('answers a write with the new owner’s name, and uses the email of an owner without a name', async () => {
    const client = await createClient(db(), { companyName: 'Namecheck Handover AG' });
    const given = await call(manager, 'PATCH', `/api/clients/${client.id}`, { ownerUserId: owner.id });
    expect(given.json()).toMatchObject({ ownerUserId: owner.id, ownerName: owner.name });
    const handedOver = await call(manager, 'PATCH', `/api/clients/${client.id}`, {
      ownerUserId: nameless.id,
    });
    expect(handedOver.json()).toMatchObject({ ownerUserId: nameless.id, ownerName: nameless.email });
    const created = await call(manager, 'POST', '/api/clients', {
      companyName: 'Namecheck Created SA',
      ownerUserId: owner.id,
    });
    expect(created.json()).toMatchObject({ ownerUserId: owner.id, ownerName: owner.name });
    const staged = await call(manager, 'POST', `/api/clients/${client.id}/stage`, { stage: 'prospect' });
    expect(staged.json().ownerName).toBe(nameless.email);
  });

  it('names the owners of duplicate candidates and of segment members', async () => {
    const original = await createClient(db(), {
      companyName: 'Quillfeather Analytics',
      email: 'info@quillfeather.example',
    });
    const duplicate = await createClient(db(), {
      companyName: 'Quillfeather Analytics Ltd',
      email: 'sales@quillfeather.example',
      ownerUserId: owner.id,
      industry: 'Quill making',
    });
    const candidates = await call(manager, 'GET', `/api/clients/${original.id}/duplicates`);
    expect(candidates.json().items.map((item: { client: unknown }) => item.client)).toEqual([
      expect.objectContaining({ id: duplicate.id, ownerName: owner.name }),
    ]);
    const preview = await call(manager, 'POST', '/api/segments/preview', {
      rules: { industries: ['Quill making'] },
    });
    expect(preview.json().items).toEqual([
      expect.objectContaining({ id: duplicate.id, ownerName: owner.name }),
    ]);
  });
});

describe('tasks, interactions and the timeline by name', () => {
  it('names a task’s assignee and creator, also after it is reassigned', async () => {
    const client = await createClient(db());
    const first = await createEmployee(db(), { name: 'Ada Assignee' });
    const second = await createEmployee(db(), { name: 'Brook Backup' });
    const agentName = await nameOf(agent.userId);
    const created = await call(agent, 'POST', '/api/tasks', {
      clientId: client.id,
      title: 'Call back about the renewal',
      assigneeEmployeeId: first.id,
    });
    expect(created.json()).toMatchObject({
      assigneeEmployeeId: first.id,
      assigneeName: 'Ada Assignee',
      createdBy: agent.userId,
      createdByName: agentName,
    });
    const task = created.json();
    const reassigned = await call(manager, 'PATCH', `/api/tasks/${task.id}`, {
      assigneeEmployeeId: second.id,
    });
    expect(reassigned.json()).toMatchObject({ assigneeName: 'Brook Backup', createdByName: agentName });
    const unassigned = await call(manager, 'PATCH', `/api/tasks/${task.id}`, { assigneeEmployeeId: null });
    expect(unassigned.json()).toMatchObject({ assigneeEmployeeId: null, assigneeName: null });

    const listed = await call(agent, 'GET', `/api/tasks?clientId=${client.id}`);
    expect(listed.json().items).toEqual([
      expect.objectContaining({ id: task.id, assigneeName: null, createdByName: agentName }),
    ]);
    const completed = await call(agent, 'POST', `/api/tasks/${task.id}/complete`);
    expect(completed.json()).toMatchObject({ status: 'done', createdByName: agentName });
    expect((await call(agent, 'GET', `/api/tasks/${task.id}`)).json().createdByName).toBe(agentName);
  });

  it('gives a task made by a relationship rule its assignee’s name and no creator', async () => {
    const ownerEmployee = await createEmployee(db(), { name: 'Rule Owner Employee', userId: owner.id });
    const client = await createClient(db(), {
      ownerUserId: owner.id,
      createdAt: new Date('2020-01-01T00:00:00Z'),
      lastContactAt: new Date('2020-01-01T00:00:00Z'),
    });
    await call(manager, 'PUT', '/api/relationship-rules/no_contact', { days: 30, isActive: true });
    await runRelationshipRules({ db: db(), clock: () => new Date() });
    const tasks = (await call(agent, 'GET', `/api/tasks?clientId=${client.id}`)).json().items;
    expect(tasks).toEqual([
      expect.objectContaining({
        source: 'no_contact_rule',
        assigneeEmployeeId: ownerEmployee.id,
        assigneeName: 'Rule Owner Employee',
        createdBy: null,
        createdByName: null,
      }),
    ]);
  });

  it('names who logged an interaction, in its list and in the timeline, and who changed the stage', async () => {
    const client = await createClient(db(), { stage: 'lead' });
    const logged = await call(agent, 'POST', `/api/clients/${client.id}/interactions`, {
      kind: 'call',
      subject: 'Discussed the rollout',
    });
    const agentName = await nameOf(agent.userId);
    expect(logged.json()).toMatchObject({ authorUserId: agent.userId, authorName: agentName });
    // Logged by someone without a name, and by nobody (an import or a removed account).
    await createInteraction(db(), {
      clientId: client.id,
      subject: 'Nameless note',
      authorUserId: nameless.id,
    });
    await createInteraction(db(), { clientId: client.id, subject: 'System note', authorUserId: null });
    await call(manager, 'POST', `/api/clients/${client.id}/stage`, { stage: 'prospect' });

    const interactions = (await call(agent, 'GET', `/api/clients/${client.id}/interactions`)).json().items;
    expect(
      Object.fromEntries(
        interactions.map((item: { subject: string; authorName: string | null }) => [
          item.subject,
          item.authorName,
        ]),
      ),
    ).toEqual({ 'Discussed the rollout': agentName, 'Nameless note': nameless.email, 'System note': null });

    const timeline = (await call(agent, 'GET', `/api/clients/${client.id}/timeline`)).json().items;
    const authors = timeline
      .filter((item: { type: string }) => item.type === 'interaction')
      .map((item: { title: string; data: { authorName: string | null } }) => [
        item.title,
        item.data.authorName,
      ]);
    expect(Object.fromEntries(authors)).toEqual({
      'Discussed the rollout': agentName,
      'Nameless note': nameless.email,
      'System note': null,
    });
    const stageChange = timeline.find(
      (item: { type: string; data: { toStage?: string } }) =>
        item.type === 'stage_change' && item.data.toStage === 'prospect',
    );
    expect(stageChange.data).toMatchObject({
      changedBy: manager.userId,
      changedByName: await nameOf(manager.userId),
    });
  });
});
