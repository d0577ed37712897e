import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { mainNavigation, rowLinks, submitAdminSignIn } from './support/admin';
import { getJson, signInThroughApi, uniqueEmail } from './support/api';
import { useBrowserPage } from './support/browser';
import './support/suite-urls';

const demoManager = { email: 'manager@demo.local', password: 'Demo1234!' };
const demoAgent = { email: 'agent@demo.local', password: 'Demo1234!' };

type EmployeeRecord = {
  id: number;
  name: string;
  role: string;
  phone: string | null;
  status: string;
  departmentId: number | null;
  managerId: number | null;
  skills: { skillId: number; name: string; level: number }[];
  version: number;
};
type DepartmentRecord = { id: number; name: string; parentId: number | null; headEmployeeId: number | null };
type OrgChartRecord = { roots: { id: number; reports: { id: number }[] }[] };

/** Calls the API with a token and a JSON body, as another client (or another person) would. */
async function callApi(method: string, path: string, token: string, body?: unknown): Promise<Response> {
  return fetch(`${inject('suite').apiUrl}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function createThroughApi<T>(path: string, token: string, body: unknown): Promise<T> {
  const response = await callApi('POST', path, token, body);
  if (response.status !== 201)
    throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** Resolves with the first response to `method` on exactly this API path. */
function nextResponse(page: Page, method: string, path: string) {
  return page.waitForResponse(
    (response) => response.request().method() === method && new URL(response.url()).pathname === path,
  );
}

async function signIn(page: Page, credentials: { email: string; password: string }): Promise<void> {
  const response = await submitAdminSignIn(page, credentials);
  expect(response.status()).toBe(200);
  await page.waitForURL('**/products');
}

async function openSection(page: Page, name: string, path: string): Promise<void> {
  await mainNavigation(page).getByRole('link', { name, exact: true }).click();
  await page.waitForURL(`**${path}`);
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Picks a record in a searchable select: types, then clicks the server's match. */
async function pick(page: Page, combobox: Locator, text: string): Promise<void> {
  await combobox.fill(text);
  await page.getByRole('option', { name: text }).click();
  await expect.poll(() => combobox.inputValue()).toBe(text);
}

/** Picks a department in a tree select (every branch starts open). */
async function pickDepartment(page: Page, input: Locator, name: string): Promise<void> {
  await input.click();
  await page.getByRole('option', { name }).click();
  await expect.poll(() => input.inputValue()).toBe(name);
}

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

describe('admin: the workforce (employees, departments, skills, org chart)', () => {
  const browser = useBrowserPage();

  it('lets a manager build a team, staff it, chart it, find it and let someone go', {
    timeout: 300_000,
  }, async () => {
    const page = browser.page;
    const suffix = Date.now().toString(36);
    const parentName = `Operations ${suffix}`;
    const departmentName = `Robotics ${suffix}`;
    const skillName = `Welding ${suffix}`;
    const bossName = `Bea Boss ${suffix}`;
    const employeeName = `Rui Robot ${suffix}`;
    const employeeEmail = uniqueEmail('rui');

    // Given a department with a head of its own, made through the API (this journey is about the rest).
    const managerToken = await signInThroughApi(demoManager);
    const parent = await createThroughApi<DepartmentRecord>('/api/departments', managerToken, {
      name: parentName,
    });
    const boss = await createThroughApi<EmployeeRecord>('/api/employees', managerToken, {
      name: bossName,
      email: uniqueEmail('bea'),
      role: 'Head of Automation',
      departmentId: parent.id,
      hireDate: '2019-04-01',
    });

    await signIn(page, demoManager);

    // The manager creates a team under that department; the tree shows it there, with nobody in it yet.
    await openSection(page, 'Departments', '/departments');
    await page.getByRole('button', { name: 'New department' }).click();
    const newDepartment = page.getByRole('dialog', { name: 'New department' });
    await newDepartment.getByRole('textbox', { name: 'Name' }).fill(departmentName);
    await pickDepartment(page, newDepartment.getByRole('textbox', { name: 'Part of' }), parentName);
    const departmentCreation = nextResponse(page, 'POST', '/api/departments');
    await newDepartment.getByRole('button', { name: 'Create department' }).click();
    const createdDepartment = await departmentCreation;
    expect(createdDepartment.status()).toBe(201);
    const department = (await createdDepartment.json()) as DepartmentRecord;
    expect(department.parentId).toBe(parent.id);
    await page.waitForURL(`**/departments?department=${department.id}`);
    const tree = page.getByRole('navigation', { name: 'Department tree' });
    const parentItem = tree.locator('li').filter({ has: page.getByRole('button', { name: parentName }) });
    await parentItem
      .locator('ul li')
      .getByRole('button', { name: new RegExp(`^${departmentName}\\s*People: 0`) })
      .waitFor();
    await region(page, departmentName).waitFor();

    // A skill to give, created on the skills page.
    await openSection(page, 'Skills', '/skills');
    await page.getByRole('button', { name: 'New skill' }).click();
    const newSkill = page.getByRole('dialog', { name: 'New skill' });
    await newSkill.getByRole('textbox', { name: 'Name' }).fill(skillName);
    const skillCreation = nextResponse(page, 'POST', '/api/skills');
    await newSkill.getByRole('button', { name: 'Create skill' }).click();
    expect((await skillCreation).status()).toBe(201);
    await page.getByRole('searchbox', { name: 'Search' }).fill(skillName);
    await expect
      .poll(() => page.locator('tbody tr').allInnerTexts())
      .toEqual([expect.stringMatching(new RegExp(`^${skillName}\\s+0\\s`))]);

    // A new employee in the new team. The form checks what it can before sending anything.
    await openSection(page, 'Employees', '/employees');
    await page.getByRole('button', { name: 'New employee' }).click();
    const newEmployee = page.getByRole('dialog', { name: 'New employee' });
    await newEmployee.getByRole('button', { name: 'Add employee' }).click();
    await newEmployee.getByText('Required').first().waitFor();
    await newEmployee.getByRole('textbox', { name: 'Name' }).fill(employeeName);
    await newEmployee.getByRole('textbox', { name: 'Email' }).fill('not-an-address');
    await newEmployee.getByRole('textbox', { name: 'Job title' }).fill('Robotics Engineer');
    await pickDepartment(page, newEmployee.getByRole('textbox', { name: 'Department' }), departmentName);
    await newEmployee.getByLabel('Hire date').fill('2024-03-01');
    await newEmployee.getByRole('button', { name: 'Add employee' }).click();
    await newEmployee.getByText('Enter an email address such as name@example.com').waitFor();
    await newEmployee.getByRole('textbox', { name: 'Email' }).fill(employeeEmail);
    const employeeCreation = nextResponse(page, 'POST', '/api/employees');
    await newEmployee.getByRole('button', { name: 'Add employee' }).click();
    const createdEmployee = await employeeCreation;
    expect(createdEmployee.status()).toBe(201);
    const employeeId = ((await createdEmployee.json()) as EmployeeRecord).id;
    await page.waitForURL(`**/employees/${employeeId}`);
    await page.getByRole('heading', { level: 1, name: employeeName }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: `${employeeName} was added` })
      .waitFor();

    // They get the skill at level 4, saved as the complete set with the version the page loaded.
    const skills = region(page, 'Skills');
    await skills.getByRole('button', { name: 'Add skill' }).click();
    await skills.getByRole('group', { name: 'New skill 1' }).waitFor();
    await pick(page, skills.getByRole('combobox', { name: 'Skill', exact: true }), skillName);
    // The line is named after its skill once one is chosen.
    await skills
      .getByRole('group', { name: skillName })
      .getByRole('combobox', { name: 'Level' })
      .selectOption('4');
    const skillsSaved = nextResponse(page, 'PUT', `/api/employees/${employeeId}/skills`);
    await skills.getByRole('button', { name: 'Save skills' }).click();
    const skillsResponse = await skillsSaved;
    expect(skillsResponse.status()).toBe(200);
    expect(await skillsResponse.request().headerValue('if-match')).toMatch(/^"\d+"$/);
    await skills.getByRole('status').filter({ hasText: 'Changes saved.' }).waitFor();
    const withSkill = await getJson<EmployeeRecord>(`/api/employees/${employeeId}`, managerToken);
    expect(withSkill.skills.map(({ name, level }) => ({ name, level }))).toEqual([
      { name: skillName, level: 4 },
    ]);

    // And a manager: the head of the department above.
    const reportsTo = region(page, 'Reports to');
    await pick(page, reportsTo.getByRole('combobox', { name: 'Manager' }), bossName);
    const managerSaved = nextResponse(page, 'PUT', `/api/employees/${employeeId}/manager`);
    await reportsTo.getByRole('button', { name: 'Save manager' }).click();
    expect((await managerSaved).status()).toBe(200);
    await reportsTo.getByRole('status').filter({ hasText: 'Changes saved.' }).waitFor();
    await page.getByRole('link', { name: bossName }).first().waitFor();
    expect((await getJson<EmployeeRecord>(`/api/employees/${employeeId}`, managerToken)).managerId).toBe(
      boss.id,
    );

    // Meanwhile someone else changes the phone number. Saving the form, loaded before that, is refused
    // (412) instead of overwriting it; the page says so and shows the newer record.
    const meanwhile = await callApi('PATCH', `/api/employees/${employeeId}`, managerToken, {
      phone: '+86 21 5555 0101',
    });
    expect(meanwhile.status).toBe(200);
    const record = page.getByRole('form', { name: 'Record' });
    await record.getByRole('textbox', { name: 'Job title' }).fill('Senior Robotics Engineer');
    const staleSave = nextResponse(page, 'PATCH', `/api/employees/${employeeId}`);
    await record.getByRole('button', { name: 'Save changes' }).click();
    expect((await staleSave).status()).toBe(412);
    await region(page, 'Record')
      .getByRole('alert')
      .filter({ hasText: 'Someone else changed this employee' })
      .waitFor();
    await expect
      .poll(() => record.getByRole('textbox', { name: 'Phone' }).inputValue())
      .toBe('+86 21 5555 0101');
    expect(await record.getByRole('textbox', { name: 'Job title' }).inputValue()).toBe('Robotics Engineer');
    // Made again on the newer version, the change goes through and keeps the other person's.
    await record.getByRole('textbox', { name: 'Job title' }).fill('Senior Robotics Engineer');
    const freshSave = nextResponse(page, 'PATCH', `/api/employees/${employeeId}`);
    await record.getByRole('button', { name: 'Save changes' }).click();
    expect((await freshSave).status()).toBe(200);
    await region(page, 'Record').getByRole('status').filter({ hasText: 'Changes saved.' }).waitFor();
    const edited = await getJson<EmployeeRecord>(`/api/employees/${employeeId}`, managerToken);
    expect({ role: edited.role, phone: edited.phone }).toEqual({
      role: 'Senior Robotics Engineer',
      phone: '+86 21 5555 0101',
    });

    // The org chart of the department above shows the employee under their manager.
    await openSection(page, 'Org chart', '/org-chart');
    await page.getByText('A department', { exact: true }).click();
    await pickDepartment(page, page.getByRole('textbox', { name: 'Department' }), parentName);
    await page.waitForURL(`**/org-chart?departmentId=${parent.id}`);
    const chart = page.getByRole('navigation', { name: 'Org chart' });
    const bossItem = chart.locator('li').filter({ has: page.getByRole('link', { name: bossName }) });
    await bossItem.locator('ul li').getByRole('link', { name: employeeName }).waitFor();
    await page.getByRole('status').filter({ hasText: 'People in this chart: 2' }).waitFor();
    // Folding the manager's line hides the report.
    await bossItem.getByRole('button', { name: `Hide the reports of ${bossName}` }).click();
    await chart.getByRole('link', { name: employeeName }).waitFor({ state: 'detached' });
    await bossItem.getByRole('button', { name: `Show the reports of ${bossName}` }).click();
    await chart.getByRole('link', { name: employeeName }).waitFor();

    // The list finds them by skill, by team, and by manager; a department includes its sub-departments.
    await openSection(page, 'Employees', '/employees');
    await pick(page, page.getByRole('combobox', { name: 'Skill', exact: true }), skillName);
    await expect.poll(() => rowLinks(page).allTextContents()).toEqual([employeeName]);
    await page.getByRole('combobox', { name: 'Skill level' }).selectOption({ label: '5 or higher' });
    await page.getByText('No records match these filters.').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.getByRole('combobox', { name: 'Skill', exact: true }).inputValue()).toBe('');
    await expect.poll(() => rowLinks(page).count()).toBeGreaterThan(1);
    // A department includes its sub-departments: the parent finds its head and the new team's member.
    await pickDepartment(page, page.getByRole('textbox', { name: 'Department' }), parentName);
    await expect
      .poll(async () => (await rowLinks(page).allTextContents()).sort())
      .toEqual([bossName, employeeName].sort());
    await pick(page, page.getByRole('combobox', { name: 'Manager' }), bossName);
    await expect.poll(() => rowLinks(page).allTextContents()).toEqual([employeeName]);
    expect(new URL(page.url()).searchParams.get('managerId')).toBe(String(boss.id));

    // Made head of the new team, they cannot be deleted: the server says why.
    await openSection(page, 'Departments', '/departments');
    await tree.getByRole('button', { name: departmentName }).click();
    const editDepartment = region(page, 'Rename, move or change the head');
    await pick(page, editDepartment.getByRole('combobox', { name: 'Head' }), employeeName);
    const headSaved = nextResponse(page, 'PATCH', `/api/departments/${department.id}`);
    await editDepartment.getByRole('button', { name: 'Save changes' }).click();
    const headResponse = await headSaved;
    expect(headResponse.status()).toBe(200);
    expect(await headResponse.request().headerValue('if-match')).toMatch(/^"\d+"$/);
    await editDepartment.getByRole('status').filter({ hasText: 'Changes saved.' }).waitFor();
    await tree.getByRole('button', { name: new RegExp(`^${departmentName}\\s*People: 1`) }).waitFor();

    await region(page, departmentName).getByRole('link', { name: 'Show its employees' }).click();
    await expect.poll(() => rowLinks(page).allTextContents()).toEqual([employeeName]);
    await rowLinks(page).first().click();
    await page.getByRole('heading', { level: 1, name: employeeName }).waitFor();
    await region(page, 'Delete employee').getByRole('button', { name: 'Delete employee' }).click();
    const deletion = page.getByRole('dialog', { name: 'Delete this employee?' });
    const refusedDelete = nextResponse(page, 'DELETE', `/api/employees/${employeeId}`);
    await deletion.getByRole('button', { name: 'Delete for good' }).click();
    expect((await refusedDelete).status()).toBe(409);
    await deletion.getByRole('alert').filter({ hasText: 'they head a department' }).waitFor();
    await deletion.getByRole('button', { name: 'Cancel' }).click();

    // Terminated after confirming: the record stays, the team loses its head, the chart leaves them out.
    const status = region(page, 'Employment status');
    await status.getByRole('button', { name: 'Terminate' }).click();
    const termination = page.getByRole('dialog', { name: `Terminate ${employeeName}?` });
    await termination.getByRole('textbox', { name: 'Reason' }).fill('Project ended');
    const statusChange = nextResponse(page, 'POST', `/api/employees/${employeeId}/status`);
    await termination.getByRole('button', { name: 'Terminate' }).click();
    expect((await statusChange).status()).toBe(200);
    await status.getByRole('status').filter({ hasText: 'Changes saved.' }).waitFor();
    await status.getByRole('button', { name: 'Rehire' }).waitFor();
    expect(await status.getByRole('button', { name: 'Terminate' }).count()).toBe(0);
    expect((await getJson<EmployeeRecord>(`/api/employees/${employeeId}`, managerToken)).status).toBe(
      'terminated',
    );
    expect(
      (await getJson<DepartmentRecord>(`/api/departments/${department.id}`, managerToken)).headEmployeeId,
    ).toBeNull();
    const chartNow = await getJson<OrgChartRecord>(
      `/api/employees/org-chart?departmentId=${parent.id}`,
      managerToken,
    );
    expect(chartNow.roots.map((root) => root.id)).toEqual([boss.id]);
    expect(chartNow.roots[0]?.reports).toEqual([]);

    // The team keeps its former member, so it cannot be deleted either; the page says why.
    await page.getByRole('link', { name: departmentName }).first().click();
    await page.waitForURL(`**/departments?department=${department.id}`);
    await region(page, 'Delete department').getByRole('button', { name: 'Delete department' }).click();
    const departmentDeletion = page.getByRole('dialog', { name: 'Delete this department?' });
    const refusedDepartmentDelete = nextResponse(page, 'DELETE', `/api/departments/${department.id}`);
    await departmentDeletion.getByRole('button', { name: 'Delete for good' }).click();
    expect((await refusedDepartmentDelete).status()).toBe(409);
    await departmentDeletion
      .getByRole('alert')
      .filter({ hasText: 'still has employees (former ones included)' })
      .waitFor();
  });

  it('shows an agent the workforce read-only, as the server allows', { timeout: 180_000 }, async () => {
    const page = browser.page;
    const suffix = Date.now().toString(36);
    const managerToken = await signInThroughApi(demoManager);
    const team = await createThroughApi<DepartmentRecord>('/api/departments', managerToken, {
      name: `Field ${suffix}`,
    });
    const skill = await createThroughApi<{ id: number; name: string }>('/api/skills', managerToken, {
      name: `Soldering ${suffix}`,
    });
    const person = await createThroughApi<EmployeeRecord>('/api/employees', managerToken, {
      name: `Ana Agentview ${suffix}`,
      email: uniqueEmail('ana'),
      role: 'Field Technician',
      departmentId: team.id,
      hireDate: '2023-06-12',
    });
    const skillsSet = await callApi('PUT', `/api/employees/${person.id}/skills`, managerToken, {
      skills: [{ skillId: skill.id, level: 3 }],
    });
    expect(skillsSet.status).toBe(200);

    // The server refuses an agent's writes; the pages do not offer them.
    const agentToken = await signInThroughApi(demoAgent);
    expect((await callApi('POST', '/api/skills', agentToken, { name: `Nope ${suffix}` })).status).toBe(403);

    await signIn(page, demoAgent);
    await openSection(page, 'Employees', '/employees');
    await rowLinks(page).first().waitFor();
    expect(await page.getByRole('button', { name: 'New employee' }).count()).toBe(0);

    await page.getByRole('searchbox', { name: 'Search' }).fill(person.name);
    await expect.poll(() => rowLinks(page).allTextContents()).toEqual([person.name]);
    await rowLinks(page).first().click();
    await page.getByRole('heading', { level: 1, name: person.name }).waitFor();
    const skills = region(page, 'Skills');
    await skills.getByRole('cell', { name: skill.name }).waitFor();
    await skills.getByRole('cell', { name: '3 of 5' }).waitFor();
    await region(page, 'Sign-in account').getByText('No account is linked.').waitFor();
    for (const name of [
      'Save changes',
      'Save skills',
      'Add skill',
      'Terminate',
      'Put on leave',
      'Delete employee',
      'Link account',
    ]) {
      expect(await page.getByRole('button', { name }).count(), name).toBe(0);
    }
    for (const name of ['Record', 'Employment status', 'Reports to', 'Delete employee']) {
      expect(await region(page, name).count(), name).toBe(0);
    }

    await openSection(page, 'Departments', '/departments');
    expect(await page.getByRole('button', { name: 'New department' }).count()).toBe(0);
    await page
      .getByRole('navigation', { name: 'Department tree' })
      .getByRole('button', { name: team.name })
      .click();
    await region(page, team.name).getByText('People: 1').waitFor();
    expect(await region(page, 'Rename, move or change the head').count()).toBe(0);
    expect(await region(page, 'Delete department').count()).toBe(0);

    await openSection(page, 'Skills', '/skills');
    await page.getByRole('searchbox', { name: 'Search' }).fill(skill.name);
    await expect
      .poll(() => page.locator('tbody tr').allInnerTexts())
      .toEqual([expect.stringMatching(new RegExp(`^${skill.name}\\s+1\\s`))]);
    expect(await page.getByRole('button', { name: 'New skill' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Rename/ }).count()).toBe(0);
    expect(await page.getByRole('columnheader', { name: 'Actions' }).count()).toBe(0);

    await openSection(page, 'Org chart', '/org-chart');
    await page.getByText('A department', { exact: true }).click();
    await pickDepartment(page, page.getByRole('textbox', { name: 'Department' }), team.name);
    await page
      .getByRole('navigation', { name: 'Org chart' })
      .getByRole('link', { name: person.name })
      .waitFor();
  });
});
