import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { demoAdmin, mainNavigation, submitAdminSignIn } from './support/admin';
import { createStaffAccount, getJson, signInThroughApi, uniqueEmail } from './support/api';
import { useBrowserPage } from './support/browser';
import './support/suite-urls';

const demoManager = { email: 'manager@demo.local', password: 'Demo1234!' };
const demoCustomer = { email: 'customer@demo.local', password: 'Demo1234!' };

type Ticket = {
  id: number;
  title: string;
  status: string;
  priority: string;
  assignedTo: number | null;
  clientId: number;
};
type Comment = { body: string; visibility: string };
type SlaPolicy = { priority: string | null; clientTier: string | null };

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

async function send<T>(
  method: string,
  path: string,
  token: string,
  body: unknown,
  expected = 201,
): Promise<T> {
  const response = await callApi(method, path, token, body);
  if (response.status !== expected)
    throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** Resolves with the first response to `method` on exactly this API path. */
function nextResponse(page: Page, method: string, path: string) {
  return page.waitForResponse(
    (response) => response.request().method() === method && new URL(response.url()).pathname === path,
  );
}

const statusBadge = (page: Page, label: string) =>
  page.getByRole('heading', { level: 1 }).locator('..').getByText(label, { exact: true });
const slaTarget = (page: Page, name: string) =>
  page.getByRole('region', { name: 'Service level' }).getByRole('group', { name });

describe('admin: an agent works a customer ticket from the inbox to resolution', () => {
  const browser = useBrowserPage();
  const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const agent = {
    email: uniqueEmail('tess.tickets'),
    name: `Tess Tickets ${stamp}`,
    password: 'Amber-Lighthouse-Ferry-42',
  };
  const customerTitle = `Label printer jams on every order ${stamp}`;
  const bulkTitles = [`Bulk invoice copy ${stamp} A`, `Bulk invoice copy ${stamp} B`];
  let managerToken = '';
  let customerToken = '';
  let employeeId = 0;
  let categoryId = 0;
  let bulkIds: number[] = [];

  beforeAll(async () => {
    const adminToken = await signInThroughApi(demoAdmin);
    managerToken = await signInThroughApi(demoManager);
    customerToken = await signInThroughApi(demoCustomer);

    // An agent: a staff account, the employee it belongs to, and a queue of their own for one category.
    const account = await createStaffAccount(adminToken, { ...agent, role: 'agent' });
    const department = await send<{ id: number }>('POST', '/api/departments', managerToken, {
      name: `Support desk ${stamp}`,
    });
    ({ id: employeeId } = await send<{ id: number }>('POST', '/api/employees', managerToken, {
      name: agent.name,
      email: agent.email,
      role: 'Support agent',
      departmentId: department.id,
      hireDate: '2022-01-10',
    }));
    await send('PUT', `/api/employees/${employeeId}/user`, managerToken, { userId: account.id }, 200);
    const queue = await send<{ id: number }>('POST', '/api/tickets/queues', managerToken, {
      name: `Printers ${stamp}`,
      departmentId: department.id,
      strategy: 'round_robin',
      memberEmployeeIds: [employeeId],
    });
    ({ id: categoryId } = await send<{ id: number }>('POST', '/api/tickets/categories', managerToken, {
      name: `Printer trouble ${stamp}`,
      queueId: queue.id,
    }));

    // Every ticket gets SLA clocks: a policy for any priority and tier, unless one exists already.
    const policies = await getJson<{ items: SlaPolicy[] }>(
      '/api/tickets/sla-policies?limit=100',
      managerToken,
    );
    if (!policies.items.some((policy) => policy.priority === null && policy.clientTier === null)) {
      await send('POST', '/api/tickets/sla-policies', managerToken, {
        name: `Standard support ${stamp}`,
        firstResponseMinutes: 240,
        resolutionMinutes: 2880,
      });
    }

    // Two tickets the agent changes in one go, opened by staff for the customer's company.
    const me = await getJson<{ clientId: number }>('/api/auth/me', customerToken);
    bulkIds = [];
    for (const title of bulkTitles) {
      const ticket = await send<Ticket>('POST', '/api/tickets', managerToken, {
        clientId: me.clientId,
        channel: 'email',
        title,
        description: 'Please send a copy of last month’s invoice.',
        priority: 'low',
        priorityReason: 'A routine request',
      });
      bulkIds.push(ticket.id);
    }
  });

  it('goes online, gets a customer ticket live, notes, replies, waits, resolves, and bulk-changes priority', {
    timeout: 300_000,
  }, async () => {
    const page = browser.page;
    // Once signed in, the app says it is open, so closing it without going offline cannot leave tickets coming.
    const present = nextResponse(page, 'POST', '/api/tickets/agents/me/presence');
    const response = await submitAdminSignIn(page, agent);
    expect(response.status()).toBe(200);
    await page.waitForURL('**/products');
    expect((await present).status()).toBe(204);

    // The agent goes online from the header: routing hands tickets only to agents who are.
    const availability = page.getByRole('combobox', { name: 'My availability' });
    await expect.poll(() => availability.isEnabled()).toBe(true);
    const wentOnline = nextResponse(page, 'PUT', '/api/tickets/agents/me/availability');
    await availability.selectOption('online');
    expect((await wentOnline).status()).toBe(200);

    // The inbox opens on the agent's own tickets: none yet.
    await mainNavigation(page).getByRole('link', { name: 'Tickets' }).click();
    await page.waitForURL('**/tickets');
    await expect
      .poll(() => page.getByRole('tab', { name: 'Mine' }).getAttribute('aria-selected'))
      .toBe('true');
    await page.getByText('There are no records yet.').waitFor();

    // A customer writes in from the portal; routing gives the ticket to the one online agent of its queue.
    const created = await send<Ticket>('POST', '/api/tickets', customerToken, {
      title: customerTitle,
      description: 'Every label comes out crumpled since this morning.',
      categoryId,
    });
    const routed = await getJson<Ticket>(`/api/tickets/${created.id}`, managerToken);
    expect(routed.assignedTo).toBe(employeeId);

    // The inbox refreshes by itself: the ticket arrives, flagged as new.
    const row = page.getByRole('row').filter({ hasText: customerTitle });
    await row.waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: '1 new ticket' }).waitFor();
    await expect.poll(() => row.textContent()).toContain('Due in');

    await row.getByRole('link', { name: customerTitle }).click();
    await page.waitForURL(`**/tickets/${created.id}`);
    await page.getByRole('heading', { level: 1, name: customerTitle }).waitFor();
    await statusBadge(page, 'New').waitFor();
    await expect.poll(() => slaTarget(page, 'First response').textContent()).toContain('Due in');

    // An internal note first: on yellow, labelled, and never shown to the customer.
    const composer = page.getByRole('form', { name: 'Reply or add an internal note' });
    await composer.getByRole('radio', { name: 'Internal note' }).check();
    const note = `Same model as ticket last week; firmware ${stamp}`;
    await composer
      .getByRole('textbox', { name: 'Note for colleagues (the customer never sees it)' })
      .fill(note);
    const noteSent = nextResponse(page, 'POST', `/api/tickets/${created.id}/comments`);
    await composer.getByRole('button', { name: 'Add internal note' }).click();
    expect((await noteSent).status()).toBe(201);
    await page.getByRole('article', { name: 'Internal note' }).filter({ hasText: note }).waitFor();

    // The customer is writing about their latest order: linking it is one choice in the details.
    const orders = await getJson<{ items: { id: number }[] }>(
      `/api/orders?clientId=${created.clientId}&limit=1&sort=-orderDate`,
      managerToken,
    );
    const latestOrder = orders.items[0];
    if (!latestOrder) throw new Error('the demo customer has no order');
    const linked = nextResponse(page, 'PATCH', `/api/tickets/${created.id}`);
    await page.getByRole('combobox', { name: 'Related order' }).selectOption(String(latestOrder.id));
    expect((await linked).status()).toBe(200);
    await page.getByRole('link', { name: /^Open order / }).waitFor();
    expect(
      (await getJson<Ticket & { orderId: number | null }>(`/api/tickets/${created.id}`, managerToken))
        .orderId,
    ).toBe(latestOrder.id);

    // Then the public reply: the first response, so its SLA target is met and the ticket is open.
    await composer.getByRole('radio', { name: 'Reply' }).check();
    const reply = `Please update the printer firmware and tell us if it still jams. ${stamp}`;
    await composer.getByRole('textbox', { name: 'Reply to the customer' }).fill(reply);
    await composer.locator('input[type="file"]').setInputFiles({
      name: 'firmware-steps.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('1. Download the firmware\n2. Hold the feed button while powering on\n'),
    });
    const replySent = nextResponse(page, 'POST', `/api/tickets/${created.id}/comments`);
    const uploaded = nextResponse(page, 'POST', `/api/tickets/${created.id}/attachments`);
    await composer.getByRole('button', { name: 'Send reply' }).click();
    expect((await replySent).status()).toBe(201);
    expect((await uploaded).status()).toBe(201);
    const replyCard = page.getByRole('article').filter({ hasText: reply });
    await replyCard.waitFor();

    // The file is on the reply, and downloads with its name.
    const downloadButton = replyCard.getByRole('button', { name: 'Download firmware-steps.txt' });
    await downloadButton.waitFor();
    const download = page.waitForEvent('download');
    await downloadButton.click();
    expect((await download).suggestedFilename()).toBe('firmware-steps.txt');
    await expect.poll(() => slaTarget(page, 'First response').textContent()).toContain('Met');
    await statusBadge(page, 'Open').waitFor();

    const customerThread = await getJson<{ items: Comment[] }>(
      `/api/tickets/${created.id}/comments`,
      customerToken,
    );
    expect(customerThread.items.map((comment) => comment.body)).toEqual([reply]);

    // Waiting on the customer: the resolution clock pauses.
    const moves = page.getByRole('group', { name: 'Move the ticket' });
    const madePending = nextResponse(page, 'POST', `/api/tickets/${created.id}/status`);
    await moves.getByRole('button', { name: 'Mark pending' }).click();
    expect((await madePending).status()).toBe(200);
    await statusBadge(page, 'Pending').waitFor();
    await expect.poll(() => slaTarget(page, 'Resolution').textContent()).toContain('Paused');

    // Resolving asks why; the reason is kept.
    await moves.getByRole('button', { name: 'Resolve' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('Firmware update fixed the jams');
    const resolved = nextResponse(page, 'POST', `/api/tickets/${created.id}/status`);
    await dialog.getByRole('button', { name: 'Resolve' }).click();
    expect((await resolved).status()).toBe(200);
    await statusBadge(page, 'Resolved').waitFor();
    expect((await getJson<Ticket>(`/api/tickets/${created.id}`, managerToken)).status).toBe('resolved');

    // The history tells each step, newest first.
    await page.getByRole('tab', { name: 'History' }).click();
    const history = page.getByRole('tabpanel', { name: 'History' });
    await history.getByText('Status Pending → Resolved').waitFor();
    const steps = [
      'Status Pending → Resolved',
      'Firmware update fixed the jams',
      'Status Open → Pending',
      'First response (public reply)',
      'Internal note added',
      `Routed to ${agent.name}`,
      'Opened (Portal)',
    ];
    const text = (await history.textContent()) ?? '';
    const positions = steps.map((step) => text.indexOf(step));
    expect(
      positions.every((position) => position >= 0),
      `history: ${text}`,
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    // Back in the inbox, everything: two routine tickets get an urgent priority in one go.
    await mainNavigation(page).getByRole('link', { name: 'Tickets' }).click();
    await page.waitForURL('**/tickets');
    await page.getByRole('tab', { name: 'All' }).click();
    await page.waitForURL((url) => url.searchParams.get('view') === 'all');
    await expect
      .poll(() => page.getByRole('tab', { name: 'All' }).getAttribute('aria-selected'))
      .toBe('true');
    const search = `Bulk invoice copy ${stamp}`;
    await page.getByRole('searchbox', { name: 'Search' }).fill(search);
    await page.waitForURL((url) => url.searchParams.get('q') === search);
    for (const title of bulkTitles) await page.getByRole('row').filter({ hasText: title }).waitFor();
    for (const id of bulkIds) {
      await page.getByRole('checkbox', { name: `Select ticket #${id}` }).check();
    }
    const bulk = page.getByRole('form', { name: 'Bulk actions' });
    await bulk.getByRole('combobox', { name: 'Action' }).selectOption('priority');
    await bulk.getByRole('combobox', { name: 'New priority' }).selectOption('urgent');
    await bulk.getByRole('textbox', { name: 'Reason' }).fill('Customer escalated by phone');
    const applied = nextResponse(page, 'POST', '/api/tickets/bulk');
    await bulk.getByRole('button', { name: 'Apply to 2 tickets' }).click();
    expect((await applied).status()).toBe(200);
    await page.getByRole('status').filter({ hasText: '2 updated, 0 not changed' }).waitFor();
    for (const [index, id] of bulkIds.entries()) {
      await expect
        .poll(() => page.getByRole('row').filter({ hasText: bulkTitles[index] }).textContent())
        .toContain('Urgent');
      expect((await getJson<Ticket>(`/api/tickets/${id}`, managerToken)).priority).toBe('urgent');
    }
  });
});
