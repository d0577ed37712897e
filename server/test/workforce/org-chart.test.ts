import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findEmployeesWithSkills } from '../../src/modules/workforce';
import { createClient, type Session, sessionFor } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';
import { createDepartment, createSkill, createStaffMember, giveSkill } from '../support/workforce-factories';

let testApp: TestApp;
let agent: Session;
const db = () => testApp.context.database.db;
const chart = (query = '') =>
  testApp.app.inject({ method: 'GET', url: `/api/employees/org-chart${query}`, headers: agent.headers });

// Names only, nested as the chart is.
type Node = { name: string; reports: Node[] };
type Shape = { [name: string]: Shape };
const shape = (nodes: Node[]): Shape =>
  Object.fromEntries(nodes.map((node) => [node.name, shape(node.reports)]));

const ids = {} as Record<'ceo' | 'cto' | 'vpSales' | 'dev1' | 'dev2' | 'rep' | 'gone' | 'intern', number>;
const departmentIds = {} as Record<'company' | 'engineering' | 'platform' | 'sales', number>;

beforeAll(async () => {
  // One test app and one company for the whole file; nothing here writes.
  testApp = await buildTestApp();
  agent = await sessionFor(testApp.context, 'agent');
  const company = await createDepartment(db(), { name: 'Company' });
  const engineering = await createDepartment(db(), { name: 'Engineering', parentId: company.id });
  const platform = await createDepartment(db(), { name: 'Platform', parentId: engineering.id });
  const sales = await createDepartment(db(), { name: 'Sales', parentId: company.id });
  Object.assign(departmentIds, {
    company: company.id,
    engineering: engineering.id,
    platform: platform.id,
    sales: sales.id,
  });

  const ceo = await createStaffMember(db(), company, { name: 'Ceo', role: 'Chief Executive' });
  const cto = await createStaffMember(db(), engineering, { name: 'Cto', managerId: ceo.id });
  const vpSales = await createStaffMember(db(), sales, { name: 'Vp Sales', managerId: ceo.id });
  const dev1 = await createStaffMember(db(), platform, { name: 'Dev One', managerId: cto.id });
  const dev2 = await createStaffMember(db(), platform, {
    name: 'Dev Two',
    managerId: cto.id,
    status: 'on_leave',
  });
  const rep = await createStaffMember(db(), sales, { name: 'Rep', managerId: vpSales.id });
  const gone = await createStaffMember(db(), platform, {
    name: 'Gone',
    managerId: cto.id,
    status: 'terminated',
  });
  const intern = await createStaffMember(db(), platform, { name: 'Intern', managerId: dev1.id });
  Object.assign(ids, {
    ceo: ceo.id,
    cto: cto.id,
    vpSales: vpSales.id,
    dev1: dev1.id,
    dev2: dev2.id,
    rep: rep.id,
    gone: gone.id,
    intern: intern.id,
  });

  const billing = await createSkill(db(), { name: 'Billing' });
  const chinese = await createSkill(db(), { name: 'Chinese' });
  const api = await createSkill(db(), { name: 'API' });
  await giveSkill(db(), rep.id, billing.id, 2);
  await giveSkill(db(), vpSales.id, billing.id, 5);
  await giveSkill(db(), vpSales.id, chinese.id, 1);
  await giveSkill(db(), dev1.id, chinese.id, 4);
  await giveSkill(db(), dev1.id, api.id, 5);
  await giveSkill(db(), dev2.id, billing.id, 5); // on leave: not routable
  await giveSkill(db(), gone.id, billing.id, 5); // terminated: not routable
});
afterAll(() => testApp.close());

describe('GET /api/employees/org-chart', () => {
  it('shows everyone by reporting line, leaving out those who have left', async () => {
    const response = await chart();
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(shape(body.roots)).toEqual({
      Ceo: { Cto: { 'Dev One': { Intern: {} }, 'Dev Two': {} }, 'Vp Sales': { Rep: {} } },
    });
    expect(body.total).toBe(7);
    expect(body.roots[0]).toMatchObject({
      id: ids.ceo,
      role: 'Chief Executive',
      status: 'active',
      department: 'Company',
      departmentId: departmentIds.company,
      managerId: null,
    });
  });

  it('includes those who have left when asked', async () => {
    const body = (await chart('?includeTerminated=true')).json();
    expect(shape(body.roots).Ceo?.Cto).toEqual({ 'Dev One': { Intern: {} }, 'Dev Two': {}, Gone: {} });
    expect(body.total).toBe(8);
  });

  it('starts at an employee and stops at a depth', async () => {
    expect(shape((await chart(`?rootEmployeeId=${ids.cto}`)).json().roots)).toEqual({
      Cto: { 'Dev One': { Intern: {} }, 'Dev Two': {} },
    });
    const shallow = (await chart(`?rootEmployeeId=${ids.ceo}&depth=1`)).json();
    expect(shape(shallow.roots)).toEqual({ Ceo: { Cto: {}, 'Vp Sales': {} } });
    expect(shallow.total).toBe(3);
    expect(shape((await chart('?depth=1')).json().roots)).toEqual({ Ceo: { Cto: {}, 'Vp Sales': {} } });
  });

  it('shows one department with its sub-departments, rooted where the reporting line leaves it', async () => {
    expect(shape((await chart(`?departmentId=${departmentIds.engineering}`)).json().roots)).toEqual({
      Cto: { 'Dev One': { Intern: {} }, 'Dev Two': {} },
    });
    // Platform alone: the CTO is outside it, so each of their reports there is a root.
    expect(shape((await chart(`?departmentId=${departmentIds.platform}`)).json().roots)).toEqual({
      'Dev One': { Intern: {} },
      'Dev Two': {},
    });
  });

  it('answers 404 for an unknown root or department and 400 for contradictory or bad parameters', async () => {
    expect((await chart('?rootEmployeeId=999999')).json().code).toBe('employee_not_found');
    expect((await chart('?departmentId=999999')).json().code).toBe('department_not_found');
    for (const query of [
      `?rootEmployeeId=${ids.ceo}&departmentId=${departmentIds.company}`,
      '?depth=0',
      '?depth=51',
      '?includeTerminated=maybe',
    ]) {
      const response = await chart(query);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().code).toBe('validation_failed');
    }
  });

  it('is not for customers', async () => {
    const customer = await sessionFor(testApp.context, 'customer', {
      clientId: (await createClient(db())).id,
    });
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/api/employees/org-chart',
      headers: customer.headers,
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('findEmployeesWithSkills (for ticket routing)', () => {
  it('returns active employees with any of the skills, best matches first, with their levels', async () => {
    const found = await findEmployeesWithSkills(db(), ['billing', 'CHINESE']);
    expect(
      found.map((employee) => [employee.name, employee.skills.map((skill) => [skill.name, skill.level])]),
    ).toEqual([
      [
        'Vp Sales',
        [
          ['Billing', 5],
          ['Chinese', 1],
        ],
      ],
      ['Dev One', [['Chinese', 4]]],
      ['Rep', [['Billing', 2]]],
    ]);
    expect(found[0]).toMatchObject({ id: ids.vpSales, departmentId: departmentIds.sales, userId: null });
  });

  it('returns nobody for no names or unknown names', async () => {
    expect(await findEmployeesWithSkills(db(), [])).toEqual([]);
    expect(await findEmployeesWithSkills(db(), ['  ', 'Underwater Basket Weaving'])).toEqual([]);
  });
});
