import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRelationshipRules, sendTaskReminders } from '../../src/modules/clients';
import { clientTasks } from '../../src/modules/clients/schema';
import { auditOf, createTask, eventsOf, requester } from '../support/client-factories';
import { createClient, createEmployee, loginAs, type Session } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
let admin: Session;
let manager: Session;
let agent: Session;
let sales: Session;
let call: ReturnType<typeof requester>;
const db = () => testApp.context.database.db;
const NOW = new Date('2030-06-15T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
const clock = () => NOW;

beforeAll(async () => {
  testApp = await buildTestApp();
  call = requester(testApp.app);
  admin = await loginAs(testApp.app, db(), 'admin');
  manager = await loginAs(testApp.app, db(), 'manager');
  agent = await loginAs(testApp.app, db(), 'agent');
  sales = await loginAs(testApp.app, db(), 'sales');
});
afterAll(() => testApp.close());

describe('tasks', () => {
  it('creates, changes, completes and deletes a task, with events and audit entries', async () => {
    const client = await createClient(db());
    const employee = await createEmployee(db());
    const created = await call(agent, 'POST', '/api/tasks', {
      clientId: client.id,
      title: 'Send the proposal',
      dueAt: '2030-07-01T09:00:00Z',
      assigneeEmployeeId: employee.id,
    });
    expect(created.statusCode).toBe(201);
    const task = created.json();
    expect(task).toMatchObject({ status: 'open', source: 'manual', createdBy: agent.userId, version: 1 });
    expect((await eventsOf(db(), 'task.created', task.id))[0]?.payload).toMatchObject({
      taskId: task.id,
      clientId: client.id,
      assigneeEmployeeId: employee.id,
      dueAt: '2030-07-01T09:00:00.000Z',
      source: 'manual',
    });

    const moved = await call(
      sales,
      'PATCH',
      `/api/tasks/${task.id}`,
      { dueAt: '2030-07-02T09:00:00Z' },
      { 'if-match': '"1"' },
    );
    expect(moved.json()).toMatchObject({ dueAt: '2030-07-02T09:00:00.000Z', version: 2 });
    const stale = await call(
      manager,
      'PATCH',
      `/api/tasks/${task.id}`,
      { title: 'Overwrite' },
      { 'if-match': '"1"' },
    );
    expect(stale.statusCode).toBe(412);
    expect((await call(agent, 'GET', `/api/tasks/${task.id}`)).json().title).toBe('Send the proposal');

    const done = await call(agent, 'POST', `/api/tasks/${task.id}/complete`);
    expect(done.json()).toMatchObject({ status: 'done', version: 3 });
    expect(done.json().completedAt).not.toBeNull();
    const twice = await call(agent, 'POST', `/api/tasks/${task.id}/complete`);
    expect([twice.statusCode, twice.json().code]).toEqual([409, 'task_not_open']);
    expect(await eventsOf(db(), 'task.completed', task.id)).toHaveLength(1);
    const reopened = await call(agent, 'PATCH', `/api/tasks/${task.id}`, { status: 'open' });
    expect(reopened.json()).toMatchObject({ status: 'open', completedAt: null });

    expect((await call(agent, 'DELETE', `/api/tasks/${task.id}`)).statusCode).toBe(204);
    expect((await call(agent, 'GET', `/api/tasks/${task.id}`)).json().code).toBe('task_not_found');
    const audit = await auditOf(testApp.app, admin, 'client_task', task.id);
    expect(audit.map((entry) => entry.action)).toEqual(['delete', 'update', 'complete', 'update', 'create']);
  });

  it('refuses an unknown or departed assignee, an archived client and bad input', async () => {
    const client = await createClient(db());
    const departed = await createEmployee(db(), { status: 'terminated' });
    for (const assigneeEmployeeId of [departed.id, 999_999]) {
      const response = await call(agent, 'POST', '/api/tasks', {
        clientId: client.id,
        title: 'x',
        assigneeEmployeeId,
      });
      expect([response.statusCode, response.json().code]).toEqual([400, 'invalid_assignee']);
    }
    const archived = await createClient(db(), { archivedAt: new Date() });
    const onArchived = await call(agent, 'POST', '/api/tasks', { clientId: archived.id, title: 'x' });
    expect(onArchived.json().code).toBe('client_archived');
    const missing = await call(agent, 'POST', '/api/tasks', { clientId: 999_999, title: 'x' });
    expect(missing.json().code).toBe('client_not_found');
    const badDate = await call(agent, 'POST', '/api/tasks', {
      clientId: client.id,
      title: 'x',
      dueAt: 'tomorrow',
    });
    expect(badDate.json().errors[0].parameter).toBe('body.dueAt');
    const customer = await loginAs(testApp.app, db(), 'customer', { clientId: client.id });
    expect((await call(customer, 'GET', `/api/tasks?clientId=${client.id}`)).statusCode).toBe(403);
  });

  it('lists a client’s tasks soonest due first, undated last, in pages', async () => {
    const client = await createClient(db());
    await createTask(db(), { clientId: client.id, title: 'Undated' });
    await createTask(db(), { clientId: client.id, title: 'Later', dueAt: new Date('2030-08-01T00:00:00Z') });
    await createTask(db(), { clientId: client.id, title: 'Sooner', dueAt: new Date('2030-07-01T00:00:00Z') });
    await createTask(db(), {
      clientId: client.id,
      title: 'Done',
      dueAt: new Date('2030-06-01T00:00:00Z'),
      status: 'done',
    });
    const titles: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { title: string }[]; nextCursor: string | null } = (
        await call(
          agent,
          'GET',
          `/api/tasks?clientId=${client.id}&status=open&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
        )
      ).json();
      titles.push(...page.items.map((task: { title: string }) => task.title));
      cursor = page.nextCursor;
    } while (cursor);
    expect(titles).toEqual(['Sooner', 'Later', 'Undated']);
  });
});

describe('relationship rules', () => {
  it('starts switched off, and saves settings with optimistic concurrency', async () => {
    const initial = (await call(agent, 'GET', '/api/relationship-rules')).json().items;
    expect(initial).toEqual([
      { kind: 'no_contact', days: 30, isActive: false, version: 0, updatedAt: null },
      { kind: 'renewal_due', days: 30, isActive: false, version: 0, updatedAt: null },
    ]);
    const saved = await call(
      manager,
      'PUT',
      '/api/relationship-rules/no_contact',
      { days: 30, isActive: true },
      { 'if-match': '"0"' },
    );
    expect(saved.json()).toMatchObject({ kind: 'no_contact', days: 30, isActive: true, version: 1 });
    const stale = await call(
      admin,
      'PUT',
      '/api/relationship-rules/no_contact',
      { days: 5, isActive: true },
      { 'if-match': '"0"' },
    );
    expect(stale.statusCode).toBe(412);
    await call(manager, 'PUT', '/api/relationship-rules/renewal_due', { days: 14, isActive: true });
    expect(
      (await call(sales, 'PUT', '/api/relationship-rules/renewal_due', { days: 1, isActive: false }))
        .statusCode,
    ).toBe(403);
    expect(
      (await call(manager, 'PUT', '/api/relationship-rules/birthday', { days: 1, isActive: true }))
        .statusCode,
    ).toBe(400);
    expect((await auditOf(testApp.app, admin, 'relationship_rule', 'no_contact'))[0]?.action).toBe('create');
  });

  it('creates one task per client and occasion, however often the rules run', async () => {
    const owner = await loginAs(testApp.app, db(), 'sales');
    const ownerEmployee = await createEmployee(db(), { userId: owner.userId });
    const quiet = await createClient(db(), {
      companyName: 'Quiet Ltd',
      lastContactAt: daysAgo(40),
      ownerUserId: owner.userId,
    });
    const recent = await createClient(db(), {
      companyName: 'Recent Ltd',
      lastContactAt: daysAgo(5),
      createdAt: daysAgo(400),
    });
    const never = await createClient(db(), { companyName: 'Never Ltd', createdAt: daysAgo(45) });
    const archived = await createClient(db(), {
      companyName: 'Archived Ltd',
      createdAt: daysAgo(90),
      archivedAt: daysAgo(1),
    });
    const churned = await createClient(db(), {
      companyName: 'Churned Ltd',
      createdAt: daysAgo(90),
      stage: 'churned',
    });
    const renewing = await createClient(db(), {
      companyName: 'Renewing Ltd',
      lastContactAt: daysAgo(1),
      renewalDate: '2030-06-25',
      ownerUserId: owner.userId,
    });
    const renewingLater = await createClient(db(), {
      companyName: 'Later Ltd',
      lastContactAt: daysAgo(1),
      renewalDate: '2030-09-01',
    });

    const first = await runRelationshipRules({ db: db(), clock });
    const tasks = await db().select().from(clientTasks).where(eq(clientTasks.source, 'no_contact_rule'));
    const renewals = await db().select().from(clientTasks).where(eq(clientTasks.source, 'renewal_rule'));
    const ruleClients = (rows: { clientId: number }[]) =>
      rows.map((row) => row.clientId).sort((a, b) => a - b);
    const expectedNoContact = [quiet.id, never.id];
    expect(ruleClients(tasks).filter((id) => id >= quiet.id)).toEqual(expectedNoContact);
    expect(ruleClients(tasks)).not.toContain(recent.id);
    expect(ruleClients(tasks)).not.toContain(archived.id);
    expect(ruleClients(tasks)).not.toContain(churned.id);
    expect(ruleClients(renewals)).toEqual([renewing.id]);
    expect(ruleClients(renewals)).not.toContain(renewingLater.id);
    const quietTask = tasks.find((task) => task.clientId === quiet.id);
    expect(quietTask).toMatchObject({
      title: 'Get in touch with Quiet Ltd',
      assigneeEmployeeId: ownerEmployee.id,
      ruleKey: `no_contact:${daysAgo(40).toISOString().slice(0, 10)}`,
      status: 'open',
    });
    expect(renewals[0]).toMatchObject({
      ruleKey: 'renewal:2030-06-25',
      assigneeEmployeeId: ownerEmployee.id,
    });
    expect(renewals[0]?.dueAt?.toISOString()).toBe('2030-06-25T00:00:00.000Z');
    expect(first.tasksCreated).toBe(tasks.length + renewals.length);
    expect((await eventsOf(db(), 'task.created', quietTask?.id as number))[0]?.payload).toMatchObject({
      source: 'no_contact_rule',
      clientId: quiet.id,
    });

    const again = await runRelationshipRules({ db: db(), clock });
    expect(again.tasksCreated).toBe(0);
    const throughHttp = await call(manager, 'POST', '/api/relationship-rules/run');
    expect(throughHttp.json().tasksCreated).toBe(0);
    expect(await db().select().from(clientTasks).where(eq(clientTasks.clientId, quiet.id))).toHaveLength(1);
  });

  it('sends one task.due reminder per task and due date, including overdue tasks, never for closed ones', async () => {
    const client = await createClient(db());
    const soon = await createTask(db(), {
      clientId: client.id,
      title: 'Soon',
      dueAt: new Date(NOW.getTime() + 30 * 60_000),
    });
    const overdue = await createTask(db(), { clientId: client.id, title: 'Overdue', dueAt: daysAgo(2) });
    const tomorrow = await createTask(db(), { clientId: client.id, title: 'Tomorrow', dueAt: daysAgo(-1) });
    const closed = await createTask(db(), {
      clientId: client.id,
      title: 'Closed',
      dueAt: daysAgo(1),
      status: 'done',
    });

    const sent = await sendTaskReminders({ db: db(), clock });
    expect(sent.remindersSent).toBeGreaterThanOrEqual(2);
    for (const task of [soon, overdue]) {
      const [reminder] = await eventsOf(db(), 'task.due', task.id);
      expect(reminder?.payload).toMatchObject({ taskId: task.id, clientId: client.id, title: task.title });
    }
    expect(await eventsOf(db(), 'task.due', tomorrow.id)).toEqual([]);
    expect(await eventsOf(db(), 'task.due', closed.id)).toEqual([]);
    expect((await sendTaskReminders({ db: db(), clock })).remindersSent).toBe(0);

    // A new due date deserves a new reminder.
    await call(agent, 'PATCH', `/api/tasks/${soon.id}`, {
      dueAt: new Date(NOW.getTime() + 10 * 60_000).toISOString(),
    });
    await sendTaskReminders({ db: db(), clock });
    expect(await eventsOf(db(), 'task.due', soon.id)).toHaveLength(2);
  });
});
