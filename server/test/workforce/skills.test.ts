import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type Session, sessionFor } from '../support/factories';
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
const call = (method: InjectOptions['method'], url: string, session: Session, body?: unknown) =>
  testApp.app.inject({ method, url, headers: session.headers, payload: body as InjectOptions['payload'] });

beforeAll(async () => {
  testApp = await buildTestApp();
  admin = await loginAs(testApp.app, db(), 'admin');
  manager = await sessionFor(testApp.context, 'manager');
});
afterAll(() => testApp.close());

describe('skills', () => {
  it('creates, renames, lists with holder counts and deletes a skill, auditing and publishing each step', async () => {
    const created = await call('POST', '/api/skills', admin, { name: 'Billing' });
    expect(created.statusCode).toBe(201);
    const skill = created.json();
    expect(skill).toMatchObject({ name: 'Billing', employeeCount: 0 });
    expect(created.headers.location).toBe(`/api/skills/${skill.id}`);

    const renamed = await call('PATCH', `/api/skills/${skill.id}`, admin, { name: 'Billing & Invoices' });
    expect(renamed.json().name).toBe('Billing & Invoices');
    expect((await call('GET', `/api/skills/${skill.id}`, manager)).json().name).toBe('Billing & Invoices');

    expect((await call('DELETE', `/api/skills/${skill.id}`, admin)).statusCode).toBe(204);
    expect((await call('GET', `/api/skills/${skill.id}`, manager)).json().code).toBe('skill_not_found');

    const events = await eventsAbout(db(), 'skill', skill.id);
    expect(events.map((event) => event.type)).toEqual(['skill.created', 'skill.renamed', 'skill.deleted']);
    expect(events[1]?.payload).toEqual({ from: 'Billing', to: 'Billing & Invoices' });
    const audit = (await call('GET', `/api/audit?resource=skill&resourceId=${skill.id}`, admin)).json().items;
    expect(audit.map((entry: { action: string }) => entry.action)).toEqual(['delete', 'update', 'create']);
  });

  it('counts holders and pages by name', async () => {
    const department = await createDepartment(db());
    const german = await createSkill(db(), { name: 'Lang: German' });
    await createSkill(db(), { name: 'Lang: French' });
    await createSkill(db(), { name: 'Lang: Spanish' });
    await giveSkill(db(), (await createStaffMember(db(), department)).id, german.id, 4);
    await giveSkill(db(), (await createStaffMember(db(), department)).id, german.id, 2);

    const first = (await call('GET', '/api/skills?q=lang:&limit=2', manager)).json();
    expect(
      first.items.map((item: { name: string; employeeCount: number }) => [item.name, item.employeeCount]),
    ).toEqual([
      ['Lang: French', 0],
      ['Lang: German', 2],
    ]);
    const rest = (
      await call('GET', `/api/skills?q=lang:&limit=2&cursor=${first.nextCursor}`, manager)
    ).json();
    expect(rest.items.map((item: { name: string }) => item.name)).toEqual(['Lang: Spanish']);
  });

  it('refuses a duplicate name in any case, on create and on rename', async () => {
    await createSkill(db(), { name: 'Networking' });
    const other = await createSkill(db(), { name: 'Storage' });
    const duplicate = await call('POST', '/api/skills', manager, { name: 'networking' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().code).toBe('skill_name_taken');
    const rename = await call('PATCH', `/api/skills/${other.id}`, manager, { name: 'NETWORKING' });
    expect(rename.statusCode).toBe(409);
    expect(rename.json().code).toBe('skill_name_taken');
    expect((await call('GET', `/api/skills/${other.id}`, manager)).json().name).toBe('Storage');
  });

  it('keeps a skill somebody has', async () => {
    const department = await createDepartment(db());
    const skill = await createSkill(db(), { name: 'Kubernetes' });
    await giveSkill(db(), (await createStaffMember(db(), department)).id, skill.id);
    const refused = await call('DELETE', `/api/skills/${skill.id}`, manager);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('skill_in_use');
    expect((await call('GET', `/api/skills/${skill.id}`, manager)).json().employeeCount).toBe(1);
  });

  it('rejects unknown fields, blank and overlong names', async () => {
    for (const body of [{ name: 'Go', level: 3 }, { name: '  ' }, { name: 'x'.repeat(101) }, {}]) {
      const response = await call('POST', '/api/skills', manager, body);
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().code).toBe('validation_failed');
    }
  });

  it('lets agents and sales read skills but not change them', async () => {
    const skill = await createSkill(db());
    for (const role of ['agent', 'sales'] as const) {
      const reader = await sessionFor(testApp.context, role);
      expect((await call('GET', '/api/skills', reader)).statusCode).toBe(200);
      expect((await call('POST', '/api/skills', reader, { name: `By ${role}` })).statusCode).toBe(403);
      expect((await call('PATCH', `/api/skills/${skill.id}`, reader, { name: 'Renamed' })).statusCode).toBe(
        403,
      );
      expect((await call('DELETE', `/api/skills/${skill.id}`, reader)).statusCode).toBe(403);
    }
    expect((await call('GET', `/api/skills/${skill.id}`, manager)).json().name).toBe(skill.name);
  });
});
