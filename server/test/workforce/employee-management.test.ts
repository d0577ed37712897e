import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createClient,
  createTicket,
  createUser,
  loginAs,
  type Session,
  sessionFor,
} from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';
import {
  createDepartment,
  createSkill,
  createStaffMember,
  eventsAbout,
  giveSkill,
} from '../support/workforce-factories';

let testApp: TestApp;
let admin: Session;
let manager: Session;

const db = () => testApp.context.database.db;
const call = (
  method: InjectOptions['method'],
  url: string,
  session: Session,
  options: { body?: unknown; ifMatch?: string } = {},
) =>
  testApp.app.inject({
    method,
    url,
    headers: { ...session.headers, ...(options.ifMatch ? { 'if-match': options.ifMatch } : {}) },
    payload: options.body as InjectOptions['payload'],
  });
const auditOf = async (resource: string, id: number) =>
  (await call('GET', `/api/audit?resource=${resource}&resourceId=${id}`, admin)).json().items as {
    action: string;
    actorUserId: number;
    changes: Record<string, { before: unknown; after: unknown }>;
  }[];
const names = (items: { name: string }[]) => items.map((item) => item.name);

beforeAll(async () => {
  testApp = await buildTestApp();
  admin = await loginAs(testApp.app, db(), 'admin');
  manager = await loginAs(testApp.app, db(), 'manager');
});
afterAll(() => testApp.close());

describe('creating employees', () => {
  it('adds an employee in a department under a manager, with an ETag, an audit entry and an event', async () => {
    const support = await createDepartment(db(), { name: 'Customer Support' });
    const lead = await createStaffMember(db(), support, { name: 'Margaret Hamilton', role: 'Support Lead' });
    const response = await call('POST', '/api/employees', manager, {
      body: {
        name: 'Katherine Johnson',
        email: 'Katherine.Johnson@Example.com',
        role: 'Support Engineer',
        departmentId: support.id,
        hireDate: '2025-02-03',
        managerId: lead.id,
        phone: '+44 20 7946 0000',
      },
    });
    expect(response.statusCode).toBe(201);
    expect(response.headers.etag).toBe('"1"');
    const employee = response.json();
    expect(response.headers.location).toBe(`/api/employees/${employee.id}`);
    expect(employee).toMatchObject({
      name: 'Katherine Johnson',
      email: 'katherine.johnson@example.com',
      department: 'Customer Support',
      departmentId: support.id,
      departmentPath: [{ id: support.id, name: 'Customer Support' }],
      manager: { id: lead.id, name: 'Margaret Hamilton', role: 'Support Lead', status: 'active' },
      managerId: lead.id,
      status: 'active',
      skills: [],
      directReports: [],
      userId: null,
      version: 1,
    });

    const [event] = await eventsAbout(db(), 'employee', employee.id);
    expect(event).toMatchObject({
      type: 'employee.created',
      actorUserId: manager.userId,
      payload: { email: 'katherine.johnson@example.com', departmentId: support.id, managerId: lead.id },
    });
    const [entry] = await auditOf('employee', employee.id);
    expect(entry).toMatchObject({ action: 'create', actorUserId: manager.userId });
    expect(entry?.changes.email).toEqual({ before: null, after: 'katherine.johnson@example.com' });

    const leadDetail = (await call('GET', `/api/employees/${lead.id}`, manager)).json();
    expect(leadDetail.directReports).toEqual([
      { id: employee.id, name: 'Katherine Johnson', role: 'Support Engineer', status: 'active' },
    ]);
  });

  it('refuses an email another employee has, in any case', async () => {
    const department = await createDepartment(db());
    await createStaffMember(db(), department, { email: 'dup@workforce.example' });
    const response = await call('POST', '/api/employees', manager, {
      body: {
        name: 'Dup',
        email: 'DUP@workforce.example',
        role: 'Analyst',
        departmentId: department.id,
        hireDate: '2025-01-01',
      },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('employee_email_taken');
  });

  it('answers bad input with a problem naming each field, and creates nothing', async () => {
    const department = await createDepartment(db());
    const valid = {
      name: 'Valid',
      email: 'valid@workforce.example',
      role: 'Analyst',
      departmentId: department.id,
      hireDate: '2025-01-01',
    };
    const cases: [Record<string, unknown>, string, string][] = [
      [{ ...valid, status: 'terminated' }, 'validation_failed', 'body'],
      [{ ...valid, email: 'not-an-email' }, 'validation_failed', 'body.email'],
      [{ ...valid, hireDate: '2025-13-45' }, 'validation_failed', 'body.hireDate'],
      [{ ...valid, departmentId: undefined }, 'validation_failed', 'body.departmentId'],
      [{ ...valid, name: '' }, 'validation_failed', 'body.name'],
      [{ ...valid, departmentId: 999999 }, 'reference_not_found', 'body.departmentId'],
      [{ ...valid, managerId: 999999 }, 'reference_not_found', 'body.managerId'],
    ];
    for (const [body, code, parameter] of cases) {
      const response = await call('POST', '/api/employees', manager, { body });
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().code).toBe(code);
      expect(response.json().errors[0].parameter).toBe(parameter);
    }
    expect((await call('GET', '/api/employees?q=valid@workforce', manager)).json().items).toEqual([]);
  });
});

describe('updating employees', () => {
  it('changes record fields, moves the version on and records what changed', async () => {
    const from = await createDepartment(db(), { name: 'Field Sales' });
    const to = await createDepartment(db(), { name: 'Inside Sales' });
    const person = await createStaffMember(db(), from, { name: 'Frances Allen', role: 'Rep' });
    const response = await call('PATCH', `/api/employees/${person.id}`, manager, {
      body: { role: 'Senior Rep', departmentId: to.id, phone: '555-0100' },
      ifMatch: '"1"',
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"2"');
    expect(response.json()).toMatchObject({
      role: 'Senior Rep',
      department: 'Inside Sales',
      departmentId: to.id,
      phone: '555-0100',
      version: 2,
    });

    const events = await eventsAbout(db(), 'employee', person.id);
    expect(events.map((event) => event.type)).toEqual(['employee.updated']);
    expect(events[0]?.payload).toEqual({
      changes: {
        role: { before: 'Rep', after: 'Senior Rep' },
        department: { before: 'Field Sales', after: 'Inside Sales' },
        departmentId: { before: from.id, after: to.id },
        phone: { before: null, after: '555-0100' },
      },
    });
    const [entry] = await auditOf('employee', person.id);
    expect(entry).toMatchObject({
      action: 'update',
      changes: { role: { before: 'Rep', after: 'Senior Rep' } },
    });

    // Sending what is already there changes nothing and records nothing.
    const same = await call('PATCH', `/api/employees/${person.id}`, manager, {
      body: { role: 'Senior Rep' },
    });
    expect(same.json().version).toBe(2);
    expect(await eventsAbout(db(), 'employee', person.id)).toHaveLength(1);
  });

  it('never lets a stale If-Match overwrite a newer change', async () => {
    const department = await createDepartment(db());
    const person = await createStaffMember(db(), department, { name: 'Original' });
    const etag = (await call('GET', `/api/employees/${person.id}`, manager)).headers.etag as string;
    expect(etag).toBe('"1"');
    const first = await call('PATCH', `/api/employees/${person.id}`, manager, {
      body: { name: 'First' },
      ifMatch: etag,
    });
    expect(first.statusCode).toBe(200);
    for (const [method, url, body] of [
      ['PATCH', `/api/employees/${person.id}`, { name: 'Second' }],
      ['POST', `/api/employees/${person.id}/status`, { status: 'on_leave' }],
      ['PUT', `/api/employees/${person.id}/manager`, { managerId: null }],
      ['PUT', `/api/employees/${person.id}/skills`, { skills: [] }],
      ['DELETE', `/api/employees/${person.id}`, undefined],
    ] as const) {
      const stale = await call(method, url, admin, { body, ifMatch: etag });
      expect(stale.statusCode, `${method} ${url}`).toBe(412);
      expect(stale.json().code).toBe('version_conflict');
    }
    expect((await call('GET', `/api/employees/${person.id}`, manager)).json()).toMatchObject({
      name: 'First',
      status: 'active',
      version: 2,
    });
  });

  it('takes only record fields: status and manager have their own operations', async () => {
    const department = await createDepartment(db());
    const person = await createStaffMember(db(), department);
    for (const body of [
      { status: 'terminated' },
      { managerId: null },
      { userId: 1 },
      { email: 'bad' },
      { hireDate: 'soon' },
    ]) {
      const response = await call('PATCH', `/api/employees/${person.id}`, manager, { body });
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().code).toBe('validation_failed');
    }
    const missing = await call('PATCH', '/api/employees/999999', manager, { body: { name: 'Nobody' } });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('employee_not_found');
  });
});

describe('status', () => {
  it('terminates without deleting: reports move up to the leaver’s manager and headships are cleared', async () => {
    const department = await createDepartment(db(), { name: 'Infrastructure' });
    const director = await createStaffMember(db(), department, { name: 'Director' });
    const leaver = await createStaffMember(db(), department, { name: 'Leaver', managerId: director.id });
    const reportA = await createStaffMember(db(), department, { name: 'Report A', managerId: leaver.id });
    const reportB = await createStaffMember(db(), department, { name: 'Report B', managerId: leaver.id });
    await call('PATCH', `/api/departments/${department.id}`, manager, {
      body: { headEmployeeId: leaver.id },
    });

    const response = await call('POST', `/api/employees/${leaver.id}/status`, manager, {
      body: { status: 'terminated', reason: 'Resigned' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'terminated', directReports: [] });

    const directorDetail = (await call('GET', `/api/employees/${director.id}`, manager)).json();
    expect(names(directorDetail.directReports)).toEqual(['Leaver', 'Report A', 'Report B']);
    expect((await call('GET', `/api/departments/${department.id}`, manager)).json().head).toBeNull();

    expect(
      (await eventsAbout(db(), 'employee', leaver.id)).map((event) => [event.type, event.payload]),
    ).toEqual([['employee.status_changed', { from: 'active', to: 'terminated', reason: 'Resigned' }]]);
    for (const report of [reportA, reportB]) {
      const [moved] = await eventsAbout(db(), 'employee', report.id);
      expect(moved).toMatchObject({
        type: 'employee.manager_changed',
        payload: { from: leaver.id, to: director.id, cause: 'manager_terminated' },
      });
    }
    const departmentEvents = await eventsAbout(db(), 'department', department.id);
    expect(departmentEvents.at(-1)?.payload).toEqual({
      changes: { headEmployeeId: { before: leaver.id, after: null } },
    });
    const [entry] = await auditOf('employee', leaver.id);
    expect(entry).toMatchObject({
      action: 'change_status',
      changes: { status: { before: 'active', after: 'terminated' }, reason: { after: 'Resigned' } },
    });
  });

  it('allows leave, return and rehire, and refuses other transitions with a conflict', async () => {
    const department = await createDepartment(db());
    const person = await createStaffMember(db(), department);
    const to = (status: string) =>
      call('POST', `/api/employees/${person.id}/status`, manager, { body: { status } });
    expect((await to('on_leave')).json().status).toBe('on_leave');
    expect((await to('active')).json().status).toBe('active');
    const again = await to('active');
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'invalid_status_transition', from: 'active', to: 'active' });
    expect((await to('terminated')).statusCode).toBe(200);
    const leaveAfterLeaving = await to('on_leave');
    expect(leaveAfterLeaving.statusCode).toBe(409);
    expect(leaveAfterLeaving.json().code).toBe('invalid_status_transition');
    expect((await to('active')).json()).toMatchObject({ status: 'active', version: 5 });
    expect(
      (
        await call('POST', `/api/employees/${person.id}/status`, manager, { body: { status: 'retired' } })
      ).json().code,
    ).toBe('validation_failed');
  });
});

describe('reporting lines', () => {
  it('sets and clears a manager, recording the change', async () => {
    const department = await createDepartment(db());
    const boss = await createStaffMember(db(), department, { name: 'Boss' });
    const person = await createStaffMember(db(), department);
    const set = await call('PUT', `/api/employees/${person.id}/manager`, manager, {
      body: { managerId: boss.id },
    });
    expect(set.statusCode).toBe(200);
    expect(set.json().manager).toMatchObject({ id: boss.id, name: 'Boss' });
    const cleared = await call('PUT', `/api/employees/${person.id}/manager`, manager, {
      body: { managerId: null },
    });
    expect(cleared.json()).toMatchObject({ managerId: null, manager: null, version: 3 });
    expect((await eventsAbout(db(), 'employee', person.id)).map((event) => event.payload)).toEqual([
      { from: null, to: boss.id, cause: 'assigned' },
      { from: boss.id, to: null, cause: 'assigned' },
    ]);
    expect((await auditOf('employee', person.id)).map((entry) => entry.action)).toEqual([
      'set_manager',
      'set_manager',
    ]);
  });

  it('refuses reporting to oneself or to anyone below oneself', async () => {
    const department = await createDepartment(db());
    const top = await createStaffMember(db(), department, { name: 'Top' });
    const middle = await createStaffMember(db(), department, { name: 'Middle', managerId: top.id });
    const bottom = await createStaffMember(db(), department, { name: 'Bottom', managerId: middle.id });
    for (const managerId of [top.id, middle.id, bottom.id]) {
      const response = await call('PUT', `/api/employees/${top.id}/manager`, manager, {
        body: { managerId },
      });
      expect(response.statusCode).toBe(409);
      expect(response.json().code).toBe('manager_cycle');
    }
    const create = await call('PUT', `/api/employees/${middle.id}/manager`, manager, {
      body: { managerId: bottom.id },
    });
    expect(create.json().code).toBe('manager_cycle');
    expect((await call('GET', `/api/employees/${top.id}`, manager)).json()).toMatchObject({
      managerId: null,
      version: 1,
    });
    expect(await eventsAbout(db(), 'employee', top.id)).toEqual([]);
  });

  it('lets only one of two opposite manager changes made at the same moment through', async () => {
    const department = await createDepartment(db());
    for (let round = 0; round < 5; round++) {
      const a = await createStaffMember(db(), department);
      const b = await createStaffMember(db(), department);
      const responses = await Promise.all([
        call('PUT', `/api/employees/${a.id}/manager`, manager, { body: { managerId: b.id } }),
        call('PUT', `/api/employees/${b.id}/manager`, admin, { body: { managerId: a.id } }),
      ]);
      expect(responses.map((response) => response.statusCode).sort()).toEqual([200, 409]);
      const managers = await Promise.all(
        [a, b].map(
          async (person) => (await call('GET', `/api/employees/${person.id}`, manager)).json().managerId,
        ),
      );
      expect(managers.filter((managerId) => managerId !== null)).toHaveLength(1);
    }
  });

  it('refuses a manager who has left or does not exist', async () => {
    const department = await createDepartment(db());
    const gone = await createStaffMember(db(), department, { status: 'terminated' });
    const person = await createStaffMember(db(), department);
    const leftResponse = await call('PUT', `/api/employees/${person.id}/manager`, manager, {
      body: { managerId: gone.id },
    });
    expect(leftResponse.statusCode).toBe(409);
    expect(leftResponse.json().code).toBe('manager_terminated');
    const unknown = await call('PUT', `/api/employees/${person.id}/manager`, manager, {
      body: { managerId: 999999 },
    });
    expect(unknown.json()).toMatchObject({
      code: 'reference_not_found',
      errors: [{ parameter: 'body.managerId' }],
    });
    expect((await call('PUT', `/api/employees/${person.id}/manager`, manager, { body: {} })).statusCode).toBe(
      400,
    );
  });
});

describe('skills of an employee', () => {
  it('replaces the whole set with levels, moves the version on and records before and after', async () => {
    const department = await createDepartment(db());
    const person = await createStaffMember(db(), department);
    const billing = await createSkill(db(), { name: 'Billing' });
    const api = await createSkill(db(), { name: 'API' });
    const chinese = await createSkill(db(), { name: 'Chinese' });

    const first = await call('PUT', `/api/employees/${person.id}/skills`, manager, {
      body: {
        skills: [
          { skillId: billing.id, level: 4 },
          { skillId: api.id, level: 2 },
        ],
      },
      ifMatch: '"1"',
    });
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).toBe('"2"');
    expect(first.json().skills).toEqual([
      { skillId: api.id, name: 'API', level: 2 },
      { skillId: billing.id, name: 'Billing', level: 4 },
    ]);
    const second = await call('PUT', `/api/employees/${person.id}/skills`, manager, {
      body: {
        skills: [
          { skillId: chinese.id, level: 5 },
          { skillId: api.id, level: 3 },
        ],
      },
    });
    expect(second.json().skills).toEqual([
      { skillId: api.id, name: 'API', level: 3 },
      { skillId: chinese.id, name: 'Chinese', level: 5 },
    ]);

    const events = await eventsAbout(db(), 'employee', person.id);
    expect(events.map((event) => event.type)).toEqual(['employee.skills_changed', 'employee.skills_changed']);
    expect(events[1]?.payload).toEqual({
      before: [
        { skillId: api.id, name: 'API', level: 2 },
        { skillId: billing.id, name: 'Billing', level: 4 },
      ],
      after: [
        { skillId: api.id, name: 'API', level: 3 },
        { skillId: chinese.id, name: 'Chinese', level: 5 },
      ],
    });
    const [entry] = await auditOf('employee', person.id);
    expect(entry).toMatchObject({ action: 'set_skills' });

    const cleared = await call('PUT', `/api/employees/${person.id}/skills`, manager, {
      body: { skills: [] },
    });
    expect(cleared.json()).toMatchObject({ skills: [], version: 4 });
  });

  it('refuses unknown skills, repeated skills and levels outside 1 to 5, changing nothing', async () => {
    const department = await createDepartment(db());
    const person = await createStaffMember(db(), department);
    const skill = await createSkill(db());
    await giveSkill(db(), person.id, skill.id, 3);
    const unknown = await call('PUT', `/api/employees/${person.id}/skills`, manager, {
      body: {
        skills: [
          { skillId: skill.id, level: 1 },
          { skillId: 999999, level: 1 },
        ],
      },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({
      code: 'reference_not_found',
      errors: [{ parameter: 'body.skills.1.skillId' }],
    });
    for (const skills of [
      [
        { skillId: skill.id, level: 2 },
        { skillId: skill.id, level: 3 },
      ],
      [{ skillId: skill.id, level: 6 }],
      [{ skillId: skill.id, level: 0 }],
      [{ skillId: skill.id }],
    ]) {
      const response = await call('PUT', `/api/employees/${person.id}/skills`, manager, { body: { skills } });
      expect(response.statusCode, JSON.stringify(skills)).toBe(400);
      expect(response.json().code).toBe('validation_failed');
    }
    expect((await call('GET', `/api/employees/${person.id}`, manager)).json().skills).toEqual([
      { skillId: skill.id, name: skill.name, level: 3 },
    ]);
  });
});

describe('sign-in account', () => {
  it('links a staff account, refuses one already linked, and unlinks', async () => {
    const department = await createDepartment(db());
    const person = await createStaffMember(db(), department);
    const other = await createStaffMember(db(), department);
    const account = await createUser(db(), 'agent');

    const linked = await call('PUT', `/api/employees/${person.id}/user`, manager, {
      body: { userId: account.id },
    });
    expect(linked.statusCode).toBe(200);
    expect(linked.json()).toMatchObject({ userId: account.id, version: 2 });

    const taken = await call('PUT', `/api/employees/${other.id}/user`, manager, {
      body: { userId: account.id },
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('user_already_linked');

    const unlinked = await call('DELETE', `/api/employees/${person.id}/user`, manager);
    expect(unlinked.json()).toMatchObject({ userId: null, version: 3 });
    // Now free, the account can belong to the other employee.
    expect(
      (await call('PUT', `/api/employees/${other.id}/user`, manager, { body: { userId: account.id } }))
        .statusCode,
    ).toBe(200);

    expect(
      (await eventsAbout(db(), 'employee', person.id)).map((event) => [event.type, event.payload]),
    ).toEqual([
      ['employee.user_linked', { userId: account.id, previousUserId: null }],
      ['employee.user_unlinked', { userId: account.id }],
    ]);
    expect((await auditOf('employee', person.id)).map((entry) => entry.action)).toEqual([
      'unlink_user',
      'link_user',
    ]);
  });

  it('refuses a customer account or one that does not exist', async () => {
    const department = await createDepartment(db());
    const person = await createStaffMember(db(), department);
    const client = await createClient(db());
    const customer = await createUser(db(), 'customer', { clientId: client.id });
    const notStaff = await call('PUT', `/api/employees/${person.id}/user`, manager, {
      body: { userId: customer.id },
    });
    expect(notStaff.statusCode).toBe(400);
    expect(notStaff.json()).toMatchObject({ code: 'user_not_staff', errors: [{ parameter: 'body.userId' }] });
    const unknown = await call('PUT', `/api/employees/${person.id}/user`, manager, {
      body: { userId: 999999 },
    });
    expect(unknown.json()).toMatchObject({
      code: 'reference_not_found',
      errors: [{ parameter: 'body.userId' }],
    });
    expect((await call('GET', `/api/employees/${person.id}`, manager)).json().userId).toBeNull();
  });
});

describe('deleting employees', () => {
  it('deletes a record nothing refers to, with an audit entry and an event', async () => {
    const department = await createDepartment(db());
    const mistake = await createStaffMember(db(), department, { name: 'Typo Person' });
    const skill = await createSkill(db());
    await giveSkill(db(), mistake.id, skill.id);
    expect(
      (await call('DELETE', `/api/employees/${mistake.id}`, manager, { ifMatch: '"1"' })).statusCode,
    ).toBe(204);
    expect((await call('GET', `/api/employees/${mistake.id}`, manager)).statusCode).toBe(404);
    expect((await eventsAbout(db(), 'employee', mistake.id)).map((event) => event.type)).toEqual([
      'employee.deleted',
    ]);
    expect((await auditOf('employee', mistake.id))[0]).toMatchObject({
      action: 'delete',
      changes: { name: { before: 'Typo Person', after: null } },
    });
  });

  it('refuses to delete anyone something refers to, saying what', async () => {
    const department = await createDepartment(db());
    const boss = await createStaffMember(db(), department);
    await createStaffMember(db(), department, { managerId: boss.id });
    const head = await createStaffMember(db(), department);
    await call('PATCH', `/api/departments/${department.id}`, manager, { body: { headEmployeeId: head.id } });
    const withAccount = await createStaffMember(db(), department, {
      userId: (await createUser(db(), 'sales')).id,
    });
    const assignee = await createStaffMember(db(), department);
    await createTicket(db(), { clientId: (await createClient(db())).id, assignedTo: assignee.id });

    for (const [employee, uses] of [
      [boss, ['direct_reports']],
      [head, ['department_head']],
      [withAccount, ['user_account']],
      [assignee, ['other_records']],
    ] as const) {
      const response = await call('DELETE', `/api/employees/${employee.id}`, manager);
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ code: 'employee_in_use', uses });
      expect((await call('GET', `/api/employees/${employee.id}`, manager)).statusCode).toBe(200);
      expect(await eventsAbout(db(), 'employee', employee.id)).toEqual([]);
    }
  });
});

describe('list filters and detail', () => {
  it('filters by department (with sub-departments), skill and level, status and manager', async () => {
    const parent = await createDepartment(db(), { name: 'Filter Parent' });
    const child = await createDepartment(db(), { name: 'Filter Child', parentId: parent.id });
    const python = await createSkill(db(), { name: 'Python' });
    const boss = await createStaffMember(db(), parent, { name: 'F Boss' });
    const expert = await createStaffMember(db(), child, { name: 'F Expert', managerId: boss.id });
    const novice = await createStaffMember(db(), parent, {
      name: 'F Novice',
      managerId: boss.id,
      status: 'on_leave',
    });
    await giveSkill(db(), expert.id, python.id, 5);
    await giveSkill(db(), novice.id, python.id, 1);

    const list = async (query: string) =>
      names((await call('GET', `/api/employees?${query}`, manager)).json().items);
    expect(await list(`departmentId=${parent.id}`)).toEqual(['F Boss', 'F Novice']);
    expect(await list(`departmentId=${parent.id}&includeSubdepartments=true`)).toEqual([
      'F Boss',
      'F Expert',
      'F Novice',
    ]);
    expect(await list(`skillId=${python.id}`)).toEqual(['F Expert', 'F Novice']);
    expect(await list(`skillId=${python.id}&minSkillLevel=3`)).toEqual(['F Expert']);
    expect(await list(`departmentId=${parent.id}&includeSubdepartments=true&status=on_leave`)).toEqual([
      'F Novice',
    ]);
    expect(await list(`managerId=${boss.id}&sort=-name`)).toEqual(['F Novice', 'F Expert']);

    const paged = (await call('GET', `/api/employees?managerId=${boss.id}&limit=1`, manager)).json();
    expect(names(paged.items)).toEqual(['F Expert']);
    const next = (
      await call('GET', `/api/employees?managerId=${boss.id}&limit=1&cursor=${paged.nextCursor}`, manager)
    ).json();
    expect(names(next.items)).toEqual(['F Novice']);

    for (const bad of ['status=fired', 'minSkillLevel=9', 'departmentId=abc', 'includeSubdepartments=yes']) {
      const response = await call('GET', `/api/employees?${bad}`, manager);
      expect(response.statusCode, bad).toBe(400);
      expect(response.json().code).toBe('validation_failed');
    }
  });

  it('shows the department path, manager, skills and direct reports on the detail', async () => {
    const parent = await createDepartment(db(), { name: 'Detail Parent' });
    const child = await createDepartment(db(), { name: 'Detail Child', parentId: parent.id });
    const skill = await createSkill(db(), { name: 'Detail Skill' });
    const boss = await createStaffMember(db(), parent, { name: 'D Boss', role: 'Head' });
    const person = await createStaffMember(db(), child, { name: 'D Person', managerId: boss.id });
    const report = await createStaffMember(db(), child, {
      name: 'D Report',
      managerId: person.id,
      role: 'Intern',
    });
    await giveSkill(db(), person.id, skill.id, 4);

    const detail = await call(
      'GET',
      `/api/employees/${person.id}`,
      await sessionFor(testApp.context, 'agent'),
    );
    expect(detail.headers.etag).toBe('"1"');
    expect(detail.json()).toMatchObject({
      departmentPath: [
        { id: parent.id, name: 'Detail Parent' },
        { id: child.id, name: 'Detail Child' },
      ],
      manager: { id: boss.id, name: 'D Boss', role: 'Head', status: 'active' },
      skills: [{ skillId: skill.id, name: 'Detail Skill', level: 4 }],
      directReports: [{ id: report.id, name: 'D Report', role: 'Intern', status: 'active' }],
    });
  });
});

describe('permissions', () => {
  it('lets agents and sales read employees and the org chart but change nothing', async () => {
    const department = await createDepartment(db());
    const person = await createStaffMember(db(), department);
    for (const role of ['agent', 'sales'] as const) {
      const reader = await sessionFor(testApp.context, role);
      for (const url of ['/api/employees', `/api/employees/${person.id}`, '/api/employees/org-chart']) {
        expect((await call('GET', url, reader)).statusCode, `${role} GET ${url}`).toBe(200);
      }
      for (const [method, url, body] of [
        [
          'POST',
          '/api/employees',
          { name: 'X', email: 'x@x.example', role: 'X', departmentId: department.id, hireDate: '2025-01-01' },
        ],
        ['PATCH', `/api/employees/${person.id}`, { name: 'Changed' }],
        ['POST', `/api/employees/${person.id}/status`, { status: 'terminated' }],
        ['PUT', `/api/employees/${person.id}/manager`, { managerId: null }],
        ['PUT', `/api/employees/${person.id}/skills`, { skills: [] }],
        ['PUT', `/api/employees/${person.id}/user`, { userId: reader.userId }],
        ['DELETE', `/api/employees/${person.id}/user`, undefined],
        ['DELETE', `/api/employees/${person.id}`, undefined],
      ] as const) {
        const response = await call(method, url, reader, { body });
        expect(response.statusCode, `${role} ${method} ${url}`).toBe(403);
        expect(response.json().code).toBe('forbidden');
      }
    }
    expect((await call('GET', `/api/employees/${person.id}`, manager)).json()).toMatchObject({
      version: 1,
      status: 'active',
    });
  });
});
