import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventsOf, requester } from '../support/client-factories';
import { createClient, createUser, loginAs, type Session } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
let admin: Session;
let manager: Session;
let sales: Session;
let call: ReturnType<typeof requester>;
let ownerEmail: string;
let ownerId: number;
const db = () => testApp.context.database.db;

const csvImport = (session: Session, csv: string, query = '', contentType = 'text/csv') =>
  testApp.app.inject({
    method: 'POST',
    url: `/api/clients/import${query}`,
    headers: { ...session.headers, 'content-type': contentType },
    payload: csv,
  });

beforeAll(async () => {
  testApp = await buildTestApp();
  call = requester(testApp.app);
  admin = await loginAs(testApp.app, db(), 'admin');
  manager = await loginAs(testApp.app, db(), 'manager');
  sales = await loginAs(testApp.app, db(), 'sales');
  const owner = await createUser(db(), 'sales', { email: 'Owner.Person@staff.example' });
  ownerEmail = owner.email;
  ownerId = owner.id;
  await call(admin, 'POST', '/api/custom-fields', {
    key: 'region',
    label: 'Region',
    type: 'select',
    options: ['emea', 'apac'],
  });
});
afterAll(() => testApp.close());

describe('CSV import', () => {
  const mapping = encodeURIComponent(
    JSON.stringify({
      Company: 'companyName',
      'E-mail': 'email',
      Owner: 'ownerEmail',
      Labels: 'tags',
      Revenue: 'annualRevenue',
      Area: 'custom.region',
      Phase: 'stage',
    }),
  );
  const file = [
    'Company,E-mail,Owner,Labels,Revenue,Area,Phase,Ignored',
    'Imported Alpha,alpha@imported.example,owner.person@staff.example,vip;emea,1200.5,emea,customer,x',
    'Imported Bad Email,not-an-email,,,,,,x',
    ',nobody@imported.example,,,,,,x',
    '"Imported Multi',
    'Line",multi@imported.example,,,,apac,prospect,x',
    '',
    'Imported Bad Stage,,,,,,won,x',
    'Imported Unknown Owner,,ghost@staff.example,,,,,x',
    'Imported Short Row,short@imported.example',
    'Imported Bad Region,,,,abc,mars,,x',
    "'=Imported Formula,formula@imported.example,,,,,,x",
  ].join('\n');

  it('imports the good rows and reports each bad one with its line and reasons', async () => {
    const response = await csvImport(manager, file, `?mapping=${mapping}`);
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report).toMatchObject({ dryRun: false, totalRows: 9, imported: 3, failed: 6 });
    expect(report.created.map((row: { line: number }) => row.line)).toEqual([2, 5, 12]);
    expect(
      report.errors.map((error: { line: number; reasons: { field: string | null }[] }) => [
        error.line,
        error.reasons.map((reason) => reason.field),
      ]),
    ).toEqual([
      [3, ['email']],
      [4, ['companyName']],
      [8, ['stage']],
      [9, ['ownerEmail']],
      [10, [null]],
      [11, ['annualRevenue', 'custom.region']],
    ]);
    expect(report.errors[4].reasons[0].message).toBe('has 2 fields; the header has 8');
    expect(report.errors[3].reasons[0].message).toBe('ghost@staff.example is not an active staff user');

    const alpha = (await call(manager, 'GET', `/api/clients/${report.created[0].id}`)).json();
    expect(alpha).toMatchObject({
      companyName: 'Imported Alpha',
      ownerUserId: ownerId,
      tags: ['vip', 'emea'],
      annualRevenue: '1200.50',
      stage: 'customer',
      customFields: { region: 'emea' },
    });
    const multi = (await call(manager, 'GET', `/api/clients/${report.created[1].id}`)).json();
    expect(multi).toMatchObject({ companyName: 'Imported Multi\nLine', stage: 'prospect' });
    expect((await call(manager, 'GET', `/api/clients/${report.created[2].id}`)).json().companyName).toBe(
      '=Imported Formula',
    );
    const [event] = await eventsOf(db(), 'client.created', report.created[0].id);
    expect(event?.payload).toMatchObject({ source: 'import', stage: 'customer' });
    const bad = await call(manager, 'GET', '/api/clients?q=imported%20bad');
    expect(bad.json().items).toEqual([]);
  });

  it('checks everything but imports nothing on a dry run', async () => {
    const before = (await call(manager, 'GET', '/api/clients?q=dry%20run')).json().items;
    const response = await csvImport(
      manager,
      'companyName,email\nDry Run Co,dry@run.example\nDry Run Two,bad\n',
      '?dryRun=true',
    );
    expect(response.json()).toMatchObject({
      dryRun: true,
      totalRows: 2,
      imported: 1,
      failed: 1,
      created: [],
    });
    expect(before).toEqual([]);
    expect((await call(manager, 'GET', '/api/clients?q=dry%20run')).json().items).toEqual([]);
  });

  it('matches headers by name without a mapping, ignoring unknown columns', async () => {
    const response = await csvImport(
      manager,
      `\uFEFFCompany Name,Owner Email,custom.region,Notes,Favourite colour\r\nHeader Match Co,${ownerEmail},apac,Likes tea,blue\r\n`,
    );
    expect(response.json()).toMatchObject({ imported: 1, failed: 0 });
    const client = (await call(manager, 'GET', `/api/clients/${response.json().created[0].id}`)).json();
    expect(client).toMatchObject({
      companyName: 'Header Match Co',
      notes: 'Likes tea',
      customFields: { region: 'apac' },
    });
  });

  it('refuses files it cannot read, mappings that do not fit, other media types and roles', async () => {
    const unclosed = await csvImport(manager, 'companyName\n"Broken\n');
    expect([unclosed.statusCode, unclosed.json().code]).toEqual([400, 'invalid_csv']);
    const noCompany = await csvImport(manager, 'email\na@b.example\n');
    expect([noCompany.statusCode, noCompany.json().code]).toEqual([400, 'invalid_mapping']);
    const unknownTarget = await csvImport(
      manager,
      'Company\nX\n',
      `?mapping=${encodeURIComponent('{"Company":"nickname"}')}`,
    );
    expect(unknownTarget.json().code).toBe('invalid_mapping');
    const missingColumn = await csvImport(
      manager,
      'Company\nX\n',
      `?mapping=${encodeURIComponent('{"Firm":"companyName"}')}`,
    );
    expect(missingColumn.json().detail).toBe('The file has no column "Firm"');
    const notJson = await csvImport(manager, 'Company\nX\n', '?mapping=nope');
    expect(notJson.json().code).toBe('invalid_mapping');
    const undefinedCustom = await csvImport(manager, 'companyName,custom.size\nX,1\n');
    expect(undefinedCustom.json().detail).toBe('custom.size is not a defined custom field');
    const empty = await csvImport(manager, '');
    expect(empty.json().code).toBe('empty_csv');
    const json = await testApp.app.inject({
      method: 'POST',
      url: '/api/clients/import',
      headers: manager.headers,
      payload: { csv: 'companyName\nX' },
    });
    expect([json.statusCode, json.json().code]).toEqual([415, 'unsupported_media_type']);
    const huge = await csvImport(manager, `companyName\n${'x'.repeat(5 * 1024 * 1024)}\n`);
    expect([huge.statusCode, huge.json().code]).toEqual([413, 'body_too_large']);
    expect((await csvImport(sales, 'companyName\nX\n')).statusCode).toBe(403);
  });
});

describe('CSV export', () => {
  it('streams the list with its filters and order as CSV that spreadsheets cannot execute', async () => {
    await createClient(db(), {
      companyName: 'Export B',
      industry: 'Exportable',
      tags: ['a', 'b'],
      notes: 'secret',
    });
    await createClient(db(), {
      companyName: 'Export A',
      industry: 'Exportable',
      customFields: { region: 'emea' },
    });
    await createClient(db(), { companyName: '=Export C', industry: 'Exportable' });
    await createClient(db(), { companyName: 'Export D', industry: 'Exportable', archivedAt: new Date() });
    await createClient(db(), { companyName: 'Export Other', industry: 'Other' });

    const response = await call(manager, 'GET', '/api/clients/export.csv?industry=exportable&sort=createdAt');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="clients-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const rows = parse(response.body, { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.companyName)).toEqual(['Export B', 'Export A', "'=Export C"]);
    expect(rows[0]).toMatchObject({ tags: 'a;b', notes: 'secret', 'custom.region': '' });
    expect(rows[1]?.['custom.region']).toBe('emea');

    // What was exported imports back.
    const roundTrip = await csvImport(manager, response.body, '?dryRun=true');
    expect(roundTrip.json()).toMatchObject({ totalRows: 3, imported: 3, failed: 0 });
  });

  it('exports more rows than one page without losing any', async () => {
    for (let index = 0; index < 620; index++) {
      await createClient(db(), { companyName: `Bulk ${String(index).padStart(3, '0')}`, industry: 'Bulk' });
    }
    const response = await call(manager, 'GET', '/api/clients/export.csv?industry=bulk');
    const rows = parse(response.body, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(620);
    expect(new Set(rows.map((row) => row.id)).size).toBe(620);
  });

  it('gives a customer only its own client, without staff notes or custom fields', async () => {
    const own = await createClient(db(), { companyName: 'Customer Export', notes: 'internal only' });
    const customer = await loginAs(testApp.app, db(), 'customer', { clientId: own.id });
    const response = await call(customer, 'GET', '/api/clients/export.csv?archived=all');
    const rows = parse(response.body, { columns: true }) as Record<string, string>[];
    expect(rows).toEqual([expect.objectContaining({ companyName: 'Customer Export', notes: '' })]);
    expect(Object.keys(rows[0] ?? {})).not.toContain('custom.region');
  });
});

describe('importable fields', () => {
  it('lists every column an import can fill, custom fields with their options and whether rows need them', async () => {
    const required = await call(admin, 'POST', '/api/custom-fields', {
      key: 'signed_nda',
      label: 'Signed NDA',
      type: 'boolean',
      required: true,
    });
    expect(required.statusCode).toBe(201);
    try {
      const response = await call(manager, 'GET', '/api/clients/import/fields');
      expect(response.statusCode).toBe(200);
      const fields = response.json().items as { key: string; required: boolean; type: string }[];
      const byKey = new Map(fields.map((field) => [field.key, field]));
      expect(fields.slice(0, 3).map((field) => field.key)).toEqual(['companyName', 'contactPerson', 'email']);
      expect(byKey.get('companyName')).toEqual({
        key: 'companyName',
        label: 'Company name',
        required: true,
        type: 'text',
        values: null,
        description: null,
      });
      expect(byKey.get('stage')).toMatchObject({
        type: 'enum',
        required: false,
        values: ['lead', 'prospect', 'customer', 'churned'],
      });
      expect(byKey.get('ownerEmail')).toMatchObject({ type: 'email', required: false });
      expect(byKey.get('tags')).toMatchObject({ type: 'tags' });
      expect(byKey.get('custom.region')).toEqual({
        key: 'custom.region',
        label: 'Region',
        required: false,
        type: 'enum',
        values: ['emea', 'apac'],
        description: null,
      });
      expect(byKey.get('custom.signed_nda')).toMatchObject({
        label: 'Signed NDA',
        required: true,
        type: 'boolean',
      });
      // Exactly what the import takes: every key listed maps, a key not listed does not.
      const mapping = encodeURIComponent(
        JSON.stringify(Object.fromEntries(fields.map((field) => [field.key, field.key]))),
      );
      const header = fields.map((field) => field.key).join(',');
      const row = fields
        .map((field) => ({ companyName: 'Listed Fields Co', 'custom.signed_nda': 'yes' })[field.key] ?? '')
        .join(',');
      const dryRun = await csvImport(manager, `${header}\n${row}\n`, `?dryRun=true&mapping=${mapping}`);
      expect(dryRun.json()).toMatchObject({ imported: 1, failed: 0 });
      const unknown = encodeURIComponent(
        JSON.stringify({ companyName: 'companyName', other: 'favouriteColour' }),
      );
      const refused = await csvImport(manager, 'companyName,other\nX,Y\n', `?dryRun=true&mapping=${unknown}`);
      expect([refused.statusCode, refused.json().code]).toEqual([400, 'invalid_mapping']);
    } finally {
      await call(admin, 'DELETE', `/api/custom-fields/${required.json().id}`);
    }
  });

  it('is for those who may import', async () => {
    expect((await call(sales, 'GET', '/api/clients/import/fields')).statusCode).toBe(403);
  });
});

describe('the OpenAPI document', () => {
  it('declares the import’s CSV body and the export’s CSV answer, and keeps their problems JSON', async () => {
    const document = (await testApp.app.inject({ method: 'GET', url: '/docs/json' })).json();
    const importOperation = document.paths['/api/clients/import'].post;
    expect(Object.keys(importOperation.requestBody.content)).toEqual(['text/csv']);
    expect(importOperation.requestBody.content['text/csv'].schema.type).toBe('string');
    expect(Object.keys(importOperation.responses['200'].content)).toEqual(['application/json']);
    const exportOperation = document.paths['/api/clients/export.csv'].get;
    expect(Object.keys(exportOperation.responses['200'].content)).toEqual(['text/csv']);
    expect(exportOperation.responses['200'].content['text/csv'].schema.type).toBe('string');
    expect(Object.keys(exportOperation.responses['400'].content)).toEqual(['application/json']);
  });
});
