import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, loginAs, type Session, sessionFor } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';
import { createDepartment, createStaffMember, eventsAbout } from '../support/workforce-factories';

let testApp: TestApp;
let admin: Session;
let manager: Session;
let agent: Session;
let sales: Session;

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

beforeAll(async () => {
  testApp = await buildTestApp();
  admin = await loginAs(testApp.app, db(), 'admin');
  manager = await loginAs(testApp.app, db(), 'manager');
  agent = await sessionFor(testApp.context, 'agent');
  sales = await sessionFor(testApp.context, 'sales');
});
afterAll(() => testApp.close());

describe('creating and reading departments', () => {
  it('creates a department under a parent and shows it with its path, head, children and in the tree', async () => {
    const created = await call('POST', '/api/departments', manager, { body: { name: 'Engineering' } });
    expect(created.statusCode).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    const engineering = created.json();
    expect(created.headers.location).toBe(`/api/departments/${engineering.id}`);
    expect(engineering).toMatchObject({
      name: 'Engineering',
      parentId: null,
      path: [],
      children: [],
      head: null,
    });

    const platform = (
      await call('POST', '/api/departments', manager, {
        body: { name: 'Platform', parentId: engineering.id },
      })
    ).json();
    expect(platform.path).toEqual([{ id: engineering.id, name: 'Engineering' }]);

    const lead = await createStaffMember(db(), platform, { name: 'Grace Hopper', role: 'Engineering Lead' });
    await createStaffMember(db(), platform, { status: 'terminated' });
    const headed = await call('PATCH', `/api/departments/${platform.id}`, manager, {
      body: { headEmployeeId: lead.id },
    });
    expect(headed.statusCode).toBe(200);
    expect(headed.json().head).toEqual({
      id: lead.id,
      name: 'Grace Hopper',
      role: 'Engineering Lead',
      status: 'active',
    });

    const parent = (await call('GET', `/api/departments/${engineering.id}`, agent)).json();
    expect(parent.children).toEqual([{ id: platform.id, name: 'Platform' }]);

    const tree = (await call('GET', '/api/departments/tree', sales)).json();
    const root = tree.roots.find((node: { id: number }) => node.id === engineering.id);
    // The terminated member belongs to the department but is not headcount.
    expect(root).toEqual({
      id: engineering.id,
      name: 'Engineering',
      headEmployeeId: null,
      employeeCount: 0,
      children: [
        { id: platform.id, name: 'Platform', headEmployeeId: lead.id, employeeCount: 1, children: [] },
      ],
    });

    const children = (await call('GET', `/api/departments?parentId=${engineering.id}`, agent)).json();
    expect(children.items.map((item: { name: string }) => item.name)).toEqual(['Platform']);
  });

  it('pages the list by name and searches names', async () => {
    for (const name of ['Zeta Ops', 'Alpha Ops', 'Mid Ops']) await createDepartment(db(), { name });
    const first = (await call('GET', '/api/departments?q=ops&limit=2', agent)).json();
    expect(first.items.map((item: { name: string }) => item.name)).toEqual(['Alpha Ops', 'Mid Ops']);
    const rest = (
      await call('GET', `/api/departments?q=ops&limit=2&cursor=${first.nextCursor}`, agent)
    ).json();
    expect(rest.items.map((item: { name: string }) => item.name)).toEqual(['Zeta Ops']);
    expect(rest.nextCursor).toBeNull();
  });

  it('refuses a second department with the same name, whatever its case', async () => {
    await createDepartment(db(), { name: 'Finance' });
    const duplicate = await call('POST', '/api/departments', manager, { body: { name: 'FINANCE' } });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.headers['content-type']).toContain('application/problem+json');
    expect(duplicate.json().code).toBe('department_name_taken');
  });

  it('refuses an unknown parent or head, naming the field', async () => {
    const unknownParent = await call('POST', '/api/departments', manager, {
      body: { name: 'Orphans', parentId: 999999 },
    });
    expect(unknownParent.statusCode).toBe(400);
    expect(unknownParent.json()).toMatchObject({
      code: 'reference_not_found',
      errors: [{ parameter: 'body.parentId' }],
    });
    const unknownHead = await call('POST', '/api/departments', manager, {
      body: { name: 'Headless', headEmployeeId: 999999 },
    });
    expect(unknownHead.json()).toMatchObject({
      code: 'reference_not_found',
      errors: [{ parameter: 'body.headEmployeeId' }],
    });
    expect((await call('GET', '/api/departments?q=Orphans', manager)).json().items).toEqual([]);
  });

  it('refuses a head who has left', async () => {
    const support = await createDepartment(db());
    const leaver = await createStaffMember(db(), support, { status: 'terminated' });
    const response = await call('PATCH', `/api/departments/${support.id}`, manager, {
      body: { headEmployeeId: leaver.id },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('employee_terminated');
  });

  it('rejects unknown fields and invalid values as validation_failed', async () => {
    const extra = await call('POST', '/api/departments', manager, { body: { name: 'Budgeted', budget: 5 } });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().code).toBe('validation_failed');
    const blank = await call('POST', '/api/departments', manager, { body: { name: '   ' } });
    expect(blank.json()).toMatchObject({ code: 'validation_failed', errors: [{ parameter: 'body.name' }] });
    const long = await call('POST', '/api/departments', manager, { body: { name: 'x'.repeat(101) } });
    expect(long.statusCode).toBe(400);
    expect((await call('GET', '/api/departments/abc', manager)).statusCode).toBe(400);
    expect((await call('GET', '/api/departments/999999', manager)).json().code).toBe('department_not_found');
  });
});

describe('moving departments', () => {
  it('refuses to put a department under itself or under one of its own sub-departments', async () => {
    const top = await createDepartment(db(), { name: 'Operations' });
    const middle = await createDepartment(db(), { name: 'Logistics', parentId: top.id });
    const bottom = await createDepartment(db(), { name: 'Warehousing', parentId: middle.id });

    const self = await call('PATCH', `/api/departments/${top.id}`, manager, { body: { parentId: top.id } });
    expect(self.statusCode).toBe(409);
    expect(self.json().code).toBe('department_cycle');
    const underGrandchild = await call('PATCH', `/api/departments/${top.id}`, manager, {
      body: { parentId: bottom.id },
    });
    expect(underGrandchild.json().code).toBe('department_cycle');

    const unchanged = (await call('GET', `/api/departments/${top.id}`, manager)).json();
    expect(unchanged).toMatchObject({ parentId: null, version: 1 });

    // Moving a leaf to the top is fine, and then the old ancestor can go under it.
    expect(
      (await call('PATCH', `/api/departments/${bottom.id}`, manager, { body: { parentId: null } }))
        .statusCode,
    ).toBe(200);
    const moved = await call('PATCH', `/api/departments/${top.id}`, manager, {
      body: { parentId: bottom.id },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().path).toEqual([{ id: bottom.id, name: 'Warehousing' }]);
  });

  it('lets only one of two opposite moves made at the same moment through', async () => {
    for (let round = 0; round < 5; round++) {
      const a = await createDepartment(db());
      const b = await createDepartment(db());
      const responses = await Promise.all([
        call('PATCH', `/api/departments/${a.id}`, manager, { body: { parentId: b.id } }),
        call('PATCH', `/api/departments/${b.id}`, admin, { body: { parentId: a.id } }),
      ]);
      expect(responses.map((response) => response.statusCode).sort()).toEqual([200, 409]);
      const parents = await Promise.all(
        [a, b].map(
          async (department) =>
            (await call('GET', `/api/departments/${department.id}`, manager)).json().parentId,
        ),
      );
      expect(parents.filter((parentId) => parentId !== null)).toHaveLength(1);
    }
  });

  it('keeps the employees’ department name in step when a department is renamed', async () => {
    const emea = await createDepartment(db(), { name: 'Sales EMEA' });
    const member = await createStaffMember(db(), emea);
    const renamed = await call('PATCH', `/api/departments/${emea.id}`, manager, {
      body: { name: 'Sales Europe' },
    });
    expect(renamed.statusCode).toBe(200);
    const employee = (await call('GET', `/api/employees/${member.id}`, manager)).json();
    expect(employee).toMatchObject({ department: 'Sales Europe', departmentId: emea.id });
    // Their representation changed, so their version moved on too.
    expect(employee.version).toBe(member.version + 1);
  });

  it('refuses a write with a stale If-Match and keeps the newer change', async () => {
    const legal = await createDepartment(db(), { name: 'Legal' });
    const read = await call('GET', `/api/departments/${legal.id}`, manager);
    const etag = read.headers.etag as string;
    const first = await call('PATCH', `/api/departments/${legal.id}`, manager, {
      body: { name: 'Legal & Compliance' },
      ifMatch: etag,
    });
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).toBe('"2"');
    const stale = await call('PATCH', `/api/departments/${legal.id}`, admin, {
      body: { name: 'Law' },
      ifMatch: etag,
    });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().code).toBe('version_conflict');
    const staleDelete = await call('DELETE', `/api/departments/${legal.id}`, admin, { ifMatch: etag });
    expect(staleDelete.statusCode).toBe(412);
    expect((await call('GET', `/api/departments/${legal.id}`, manager)).json().name).toBe(
      'Legal & Compliance',
    );
    const malformed = await call('PATCH', `/api/departments/${legal.id}`, admin, {
      body: { name: 'Law' },
      ifMatch: 'W/"2"',
    });
    expect(malformed.json().code).toBe('invalid_if_match');
  });
});

describe('deleting departments', () => {
  it('refuses while it has employees, former ones included, or sub-departments; deletes an empty one', async () => {
    const parent = await createDepartment(db(), { name: 'Research' });
    const child = await createDepartment(db(), { name: 'Research Labs', parentId: parent.id });
    await createStaffMember(db(), child, { status: 'terminated' });

    const withChild = await call('DELETE', `/api/departments/${parent.id}`, manager);
    expect(withChild.statusCode).toBe(409);
    expect(withChild.json().code).toBe('department_has_children');
    const withFormerEmployee = await call('DELETE', `/api/departments/${child.id}`, manager);
    expect(withFormerEmployee.statusCode).toBe(409);
    expect(withFormerEmployee.json().code).toBe('department_has_employees');

    const empty = await createDepartment(db(), { name: 'Research Archive', parentId: parent.id });
    expect((await call('DELETE', `/api/departments/${empty.id}`, manager)).statusCode).toBe(204);
    expect((await call('GET', `/api/departments/${empty.id}`, manager)).statusCode).toBe(404);
  });
});

describe('history', () => {
  it('audits each change with its fields and publishes a domain event in the same transaction', async () => {
    const created = (await call('POST', '/api/departments', admin, { body: { name: 'Marketing' } })).json();
    await call('PATCH', `/api/departments/${created.id}`, admin, { body: { name: 'Growth Marketing' } });
    await call('DELETE', `/api/departments/${created.id}`, admin);

    const audit = (await call('GET', `/api/audit?resource=department&resourceId=${created.id}`, admin)).json()
      .items;
    expect(audit.map((entry: { action: string }) => entry.action)).toEqual(['delete', 'update', 'create']);
    expect(audit[1]).toMatchObject({
      actorUserId: admin.userId,
      changes: { name: { before: 'Marketing', after: 'Growth Marketing' } },
    });

    const events = await eventsAbout(db(), 'department', created.id);
    expect(events.map((event) => [event.type, event.actorUserId])).toEqual([
      ['department.created', admin.userId],
      ['department.updated', admin.userId],
      ['department.deleted', admin.userId],
    ]);
    expect(events[1]?.payload).toEqual({
      changes: { name: { before: 'Marketing', after: 'Growth Marketing' } },
    });
  });

  it('writes neither an audit entry nor an event when a write is refused', async () => {
    const department = await createDepartment(db(), { name: 'Procurement' });
    await call('PATCH', `/api/departments/${department.id}`, manager, { body: { parentId: department.id } });
    expect(await eventsAbout(db(), 'department', department.id)).toEqual([]);
    expect(
      (await call('GET', `/api/audit?resource=department&resourceId=${department.id}`, admin)).json().items,
    ).toEqual([]);
  });
});

describe('permissions', () => {
  it('lets agents and sales read departments but not change them; customers see nothing', async () => {
    const department = await createDepartment(db());
    for (const reader of [agent, sales]) {
      expect((await call('GET', '/api/departments', reader)).statusCode).toBe(200);
      expect((await call('GET', `/api/departments/${department.id}`, reader)).statusCode).toBe(200);
      const write = await call('POST', '/api/departments', reader, {
        body: { name: `Shadow ${reader.userId}` },
      });
      expect(write.statusCode).toBe(403);
      expect(write.json().code).toBe('forbidden');
      expect(
        (await call('PATCH', `/api/departments/${department.id}`, reader, { body: { name: 'x' } }))
          .statusCode,
      ).toBe(403);
      expect((await call('DELETE', `/api/departments/${department.id}`, reader)).statusCode).toBe(403);
    }
    const customer = await sessionFor(testApp.context, 'customer', {
      clientId: (await createClient(db())).id,
    });
    expect((await call('GET', '/api/departments/tree', customer)).statusCode).toBe(403);
    expect((await call('GET', `/api/departments/${department.id}`, manager)).json().version).toBe(1);
  });
});
