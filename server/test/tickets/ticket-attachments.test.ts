import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ticketAttachments, ticketComments } from '../../src/modules/tickets/schema';
import { createClient, createTicket, type Session, sessionFor } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';
import { auditRows, historyOf } from './ticket-rows';

const MAX_BYTES = 2048;
const png = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(200, 7)]);

let testApp: TestApp;
let directory: string;
let agent: Session;
let customer: Session;
let otherCustomer: Session;
let ownClientId: number;
let ownTicketId: number;
let otherTicketId: number;
const db = () => testApp.context.database.db;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'ticket-attachments-'));
  // The tickets service on its own, as split mode runs it.
  testApp = await buildTestApp({
    service: 'tickets',
    env: {
      TICKET_ATTACHMENTS_DIR: directory,
      TICKET_ATTACHMENT_MAX_BYTES: String(MAX_BYTES),
      // Below the attachment limit on purpose: files are streamed, never held to the JSON body limit.
      BODY_LIMIT_BYTES: '1024',
    },
  });
  const own = await createClient(db());
  const other = await createClient(db());
  ownClientId = own.id;
  ownTicketId = (await createTicket(db(), { clientId: own.id, status: 'open' })).id;
  otherTicketId = (await createTicket(db(), { clientId: other.id, status: 'open' })).id;
  agent = await sessionFor(testApp.context, 'agent');
  customer = await sessionFor(testApp.context, 'customer', { clientId: own.id });
  otherCustomer = await sessionFor(testApp.context, 'customer', { clientId: other.id });
});
afterAll(async () => {
  await testApp.close();
  rmSync(directory, { recursive: true, force: true });
});

function upload(
  session: Session,
  ticketId: number,
  payload: InjectOptions['payload'],
  options: { type?: string; name?: string; query?: string } = {},
) {
  const headers: Record<string, string> = { ...session.headers };
  if (options.type !== undefined) headers['content-type'] = options.type;
  if (options.name !== undefined) headers['x-file-name'] = options.name;
  return testApp.app.inject({
    method: 'POST',
    url: `/api/tickets/${ticketId}/attachments${options.query ?? ''}`,
    headers,
    payload,
  });
}

const get = (session: Session, url: string) =>
  testApp.app.inject({ method: 'GET', url, headers: session.headers });

/** Every stored file under the attachments directory, as paths relative to it. */
function storedFiles(): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)));
}

async function rowOf(attachmentId: number) {
  const [row] = await db().select().from(ticketAttachments).where(eq(ticketAttachments.id, attachmentId));
  if (!row) throw new Error(`no attachment ${attachmentId}`);
  return row;
}

describe('uploading and downloading', () => {
  it('stores the file under a random key with its hash, and gives the same bytes back as a download', async () => {
    const response = await upload(agent, ownTicketId, png, { type: 'image/png', name: 'screenshot.png' });
    expect(response.statusCode).toBe(201);
    const attachment = response.json();
    expect(attachment).toMatchObject({
      fileName: 'screenshot.png',
      contentType: 'image/png',
      sizeBytes: png.length,
      visibility: 'public',
      commentId: null,
    });

    const row = await rowOf(attachment.id);
    expect(row.sha256).toBe(createHash('sha256').update(png).digest('hex'));
    expect(row.storageKey).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{32}$/);
    expect(readFileSync(join(directory, row.storageKey)).equals(png)).toBe(true);

    const download = await get(agent, `/api/tickets/${ownTicketId}/attachments/${attachment.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="screenshot.png"; filename*=UTF-8''screenshot.png`,
    );
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.rawPayload.equals(png)).toBe(true);

    // The customer of the ticket's client sees it too.
    const list = (await get(customer, `/api/tickets/${ownTicketId}/attachments`)).json();
    expect(list.items.map((item: { id: number }) => item.id)).toContain(attachment.id);
  });

  it('records the upload in the ticket history and the audit log', async () => {
    const attachment = (
      await upload(agent, ownTicketId, 'hello', { type: 'text/plain', name: 'note.txt' })
    ).json();
    const [entry] = await historyOf(db(), ownTicketId, 'attachment_added').then((rows) =>
      rows.filter((row) => row.data.attachmentId === attachment.id),
    );
    expect(entry).toMatchObject({
      actorUserId: agent.userId,
      data: { fileName: 'note.txt', visibility: 'public' },
    });
    const audit = await auditRows(db(), 'ticket_attachment', attachment.id);
    expect(audit.map((row) => [row.action, row.actorUserId])).toEqual([['create', agent.userId]]);
  });

  it('lets a customer attach to their own client’s ticket, as a public file', async () => {
    const response = await upload(customer, ownTicketId, 'a,b\n1,2\n', {
      type: 'text/csv; charset=utf-8',
      name: 'data.csv',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ contentType: 'text/csv', visibility: 'public' });
  });

  it('pages the list oldest first', async () => {
    const first = (await get(agent, `/api/tickets/${ownTicketId}/attachments?limit=1`)).json();
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).not.toBeNull();
    const second = (
      await get(agent, `/api/tickets/${ownTicketId}/attachments?limit=1&cursor=${first.nextCursor}`)
    ).json();
    expect(second.items[0].id).toBeGreaterThan(first.items[0].id);
  });
});

describe('limits', () => {
  it('refuses a file over the size limit with 413 and keeps nothing of it', async () => {
    const filesBefore = storedFiles();
    const declared = await upload(agent, ownTicketId, Buffer.alloc(MAX_BYTES + 1, 1), {
      type: 'application/pdf',
      name: 'big.pdf',
    });
    expect(declared.statusCode).toBe(413);
    expect(declared.json()).toMatchObject({ code: 'attachment_too_large', maxBytes: MAX_BYTES });

    // Streamed without a Content-Length: stopped as soon as it passes the limit.
    const chunks = [Buffer.alloc(1500, 1), Buffer.alloc(1500, 2)];
    const streamed = await upload(agent, ownTicketId, Readable.from(chunks), {
      type: 'application/pdf',
      name: 'big.pdf',
    });
    expect(streamed.statusCode).toBe(413);
    expect(storedFiles()).toEqual(filesBefore);
    const rows = await db().select().from(ticketAttachments).where(eq(ticketAttachments.fileName, 'big.pdf'));
    expect(rows).toEqual([]);
  });

  it('accepts a file of exactly the limit, larger than the body limit of JSON requests', async () => {
    const response = await upload(agent, ownTicketId, Buffer.alloc(MAX_BYTES, 3), {
      type: 'application/zip',
      name: 'exact.zip',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().sizeBytes).toBe(MAX_BYTES);
  });

  it('refuses types that are not allowed with 415, HTML and SVG among them', async () => {
    for (const type of ['text/html', 'image/svg+xml', 'application/x-msdownload', 'application/json']) {
      const response = await upload(agent, ownTicketId, '<svg onload="alert(1)"/>', { type, name: 'x.bin' });
      expect(response.statusCode, type).toBe(415);
      expect(response.json().code).toBe('unsupported_attachment_type');
    }
    const untyped = await upload(agent, ownTicketId, undefined, { name: 'x.bin' });
    expect(untyped.statusCode).toBe(415);
  });

  it('refuses an empty file and a missing name with 400', async () => {
    const empty = await upload(agent, ownTicketId, '', { type: 'text/plain', name: 'empty.txt' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().code).toBe('empty_file');
    const unnamed = await upload(agent, ownTicketId, 'x', { type: 'text/plain' });
    expect(unnamed.statusCode).toBe(400);
    expect(unnamed.json().code).toBe('invalid_file_name');
  });
});

describe('file names', () => {
  it('keeps only the last segment of a name with a path, and stores the file inside the directory', async () => {
    for (const [sent, kept] of [
      ['../../../../etc/passwd.txt', 'passwd.txt'],
      ['..\\..\\windows\\win.ini.txt', 'win.ini.txt'],
      ['%2E%2E%2F%2E%2E%2Fsecret.txt', 'secret.txt'],
      ['/absolute/path/report.txt', 'report.txt'],
    ] as const) {
      const response = await upload(agent, ownTicketId, 'data', { type: 'text/plain', name: sent });
      expect(response.statusCode, sent).toBe(201);
      expect(response.json().fileName).toBe(kept);
      const row = await rowOf(response.json().id);
      const stored = resolve(directory, row.storageKey);
      expect(stored.startsWith(`${directory}/`)).toBe(true);
      expect(row.storageKey).not.toContain(kept.split('.')[0]);
    }
  });

  it('refuses names that are nothing but dots or slashes', async () => {
    for (const name of ['..', '.', '../', '%2F']) {
      const response = await upload(agent, ownTicketId, 'data', { type: 'text/plain', name });
      expect(response.statusCode, name).toBe(400);
    }
  });

  it('keeps non-ASCII names (percent-encoded) and drops control and direction characters', async () => {
    const response = await upload(agent, ownTicketId, 'data', {
      type: 'application/pdf',
      name: encodeURIComponent('résumé 简历.pdf'),
    });
    expect(response.json().fileName).toBe('résumé 简历.pdf');
    const download = await get(agent, `/api/tickets/${ownTicketId}/attachments/${response.json().id}`);
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="r_sum_ __.pdf"; filename*=UTF-8''${encodeURIComponent('résumé 简历.pdf')}`,
    );

    const spoofed = await upload(agent, ownTicketId, 'data', {
      type: 'text/plain',
      name: encodeURIComponent('invoice\u202Etxt.exe\u0000"x".txt'),
    });
    expect(spoofed.json().fileName).toBe('invoicetxt.exe"x".txt');
    const quoted = await get(agent, `/api/tickets/${ownTicketId}/attachments/${spoofed.json().id}`);
    expect(quoted.headers['content-disposition']).toMatch(
      /^attachment; filename="invoicetxt\.exe_x_\.txt"; /,
    );
  });
});

describe('who sees what', () => {
  it('answers 404 to a customer for another client’s ticket and its attachments', async () => {
    const theirs = (
      await upload(agent, otherTicketId, png, { type: 'image/png', name: 'theirs.png' })
    ).json();
    expect(
      (await upload(customer, otherTicketId, png, { type: 'image/png', name: 'x.png' })).statusCode,
    ).toBe(404);
    expect((await get(customer, `/api/tickets/${otherTicketId}/attachments`)).statusCode).toBe(404);
    expect((await get(customer, `/api/tickets/${otherTicketId}/attachments/${theirs.id}`)).statusCode).toBe(
      404,
    );
    // Nor through their own ticket's URL.
    expect((await get(customer, `/api/tickets/${ownTicketId}/attachments/${theirs.id}`)).statusCode).toBe(
      404,
    );
    // The other client's customer does see it.
    expect(
      (await get(otherCustomer, `/api/tickets/${otherTicketId}/attachments/${theirs.id}`)).statusCode,
    ).toBe(200);
  });

  it('never shows internal attachments to customers, and never lets them add one', async () => {
    const internal = await upload(agent, ownTicketId, 'agent only', {
      type: 'text/plain',
      name: 'internal.txt',
      query: '?visibility=internal',
    });
    expect(internal.json().visibility).toBe('internal');
    const id = internal.json().id;
    expect((await get(agent, `/api/tickets/${ownTicketId}/attachments/${id}`)).statusCode).toBe(200);
    expect((await get(customer, `/api/tickets/${ownTicketId}/attachments/${id}`)).statusCode).toBe(404);
    const customerList = (await get(customer, `/api/tickets/${ownTicketId}/attachments?limit=100`)).json();
    expect(customerList.items.every((item: { visibility: string }) => item.visibility === 'public')).toBe(
      true,
    );
    const agentList = (await get(agent, `/api/tickets/${ownTicketId}/attachments?limit=100`)).json();
    expect(agentList.items.map((item: { id: number }) => item.id)).toContain(id);

    const attempt = await upload(customer, ownTicketId, 'x', {
      type: 'text/plain',
      name: 'x.txt',
      query: '?visibility=internal',
    });
    expect(attempt.statusCode).toBe(403);
  });

  it('makes files on an internal note internal, and hides the note from customers', async () => {
    const [note] = await db()
      .insert(ticketComments)
      .values({
        ticketId: ownTicketId,
        authorName: 'Agent',
        authorKind: 'staff',
        visibility: 'internal',
        body: 'hm',
      })
      .returning();
    const [otherNote] = await db()
      .insert(ticketComments)
      .values({
        ticketId: otherTicketId,
        authorName: 'Agent',
        authorKind: 'staff',
        visibility: 'public',
        body: 'x',
      })
      .returning();
    if (!note || !otherNote) throw new Error('no comment');

    const onNote = await upload(agent, ownTicketId, 'log', {
      type: 'text/plain',
      name: 'log.txt',
      query: `?commentId=${note.id}&visibility=public`,
    });
    expect(onNote.statusCode).toBe(201);
    expect(onNote.json()).toMatchObject({ commentId: note.id, visibility: 'internal' });

    const customerOnNote = await upload(customer, ownTicketId, 'x', {
      type: 'text/plain',
      name: 'x.txt',
      query: `?commentId=${note.id}`,
    });
    expect(customerOnNote.statusCode).toBe(404);
    // A comment of another ticket is not this ticket's.
    const elsewhere = await upload(agent, ownTicketId, 'x', {
      type: 'text/plain',
      name: 'x.txt',
      query: `?commentId=${otherNote.id}`,
    });
    expect(elsewhere.statusCode).toBe(404);
  });

  it('stops a customer attaching to a closed ticket', async () => {
    const closedTicket = await createTicket(db(), { clientId: ownClientId, status: 'closed' });
    const response = await upload(customer, closedTicket.id, 'x', { type: 'text/plain', name: 'late.txt' });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('ticket_closed');
  });
});
