import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { adminUrl, demoAdmin, mainNavigation, submitAdminSignIn } from './support/admin';
import { createStaffAccount, getJson, signInThroughApi, uniqueEmail } from './support/api';
import { useBrowserPage } from './support/browser';
import './support/suite-urls';

type ListPage<T> = { items: T[]; nextCursor: string | null };
type Calendar = {
  id: number;
  name: string;
  timeZone: string;
  week: Record<string, { start: number; end: number }[] | undefined>;
  holidays: { day: string; name: string }[];
};
type SlaPolicy = {
  id: number;
  name: string;
  priority: string | null;
  clientTier: string | null;
  firstResponseMinutes: number;
  resolutionMinutes: number;
  warnShare: number;
  calendarId: number | null;
  onWarning: string[];
  onBreach: string[];
};
type Queue = { id: number; name: string; strategy: string; memberEmployeeIds: number[] };
type Category = { id: number; name: string; queueId: number | null };
type Settings = { priorityRules: { keywords: { words: string[]; priority: string }[] }; version: number };
type Employee = { id: number; name: string; status: string };
type Summary = { totals: { created: number } };

const password = 'Sturdy-lighthouse-keeper-7';

/** Calls the API with a token and a JSON body, as another client would. */
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

async function sendOk<T>(method: string, path: string, token: string, body?: unknown): Promise<T> {
  const response = await callApi(method, path, token, body);
  if (!response.ok)
    throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** Resolves with the first response to `method` on exactly this API path. */
function nextResponse(page: Page, method: string, path: string) {
  return page.waitForResponse(
    (response) => response.request().method() === method && new URL(response.url()).pathname === path,
  );
}

/**
 * Collects the summary reports the page receives, by the number of days they cover. A period the page has
 * shown before may come from its cache without a request, so the test reads what arrived, whenever it did.
 */
function collectSummaries(page: Page): Map<number, Summary> {
  const summaries = new Map<number, Summary>();
  page.on('response', async (response) => {
    const url = new URL(response.url());
    if (url.pathname !== '/api/tickets/reports/summary' || !response.ok()) return;
    const from = Date.parse(`${url.searchParams.get('from')}T00:00:00Z`);
    const to = Date.parse(`${url.searchParams.get('to')}T00:00:00Z`);
    summaries.set(Math.round((to - from) / 86_400_000), (await response.json()) as Summary);
  });
  return summaries;
}

/** A settings tab, opened by its name; the URL keeps it. */
async function openTab(page: Page, name: string, key: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await page.waitForURL((url) => url.searchParams.get('tab') === key || (key === 'queues' && !url.search));
  await page.getByRole('tabpanel', { name }).waitFor();
}

/** The row of a settings table that names this record. */
const rowOf = (page: Page, table: string, name: string): Locator =>
  page.getByRole('table', { name: table, exact: true }).getByRole('row').filter({ hasText: name });

describe('admin: support settings and analytics', () => {
  const browser = useBrowserPage();
  const suffix = Date.now().toString(36);
  let managerToken = '';
  let manager = { email: '', password };
  let member: Employee;

  beforeAll(async () => {
    // A manager of one's own (specs never change the shared demo accounts) and some fresh tickets to count.
    const adminToken = await signInThroughApi(demoAdmin);
    manager = { email: uniqueEmail('mina.manager'), password };
    await createStaffAccount(adminToken, { ...manager, name: `Mina Manager ${suffix}`, role: 'manager' });
    managerToken = await signInThroughApi(manager);

    const employees = await getJson<ListPage<Employee>>(
      '/api/employees?status=active&sort=name&limit=20',
      managerToken,
    );
    const found = employees.items.find(
      (employee) => employees.items.filter((other) => other.name === employee.name).length === 1,
    );
    if (!found) throw new Error('No active employee with a name of their own to make a queue member');
    member = found;

    const clients = await getJson<ListPage<{ id: number }>>('/api/clients?limit=1', managerToken);
    const clientId = clients.items[0]?.id;
    if (clientId === undefined) throw new Error('The demo data has no client to open tickets for');
    const created: { id: number }[] = [];
    for (const [index, title] of [
      'Invoice total looks wrong',
      'Parcel arrived damaged',
      'How do I export?',
    ].entries()) {
      created.push(
        await sendOk('POST', '/api/tickets', managerToken, {
          clientId,
          title: `${title} ${suffix}`,
          description: `Seeded by the support settings journey (${index + 1}).`,
          channel: 'email',
        }),
      );
    }
    const [answered, resolved] = created;
    if (!answered || !resolved) throw new Error('The tickets were not created');
    await sendOk('POST', `/api/tickets/${answered.id}/comments`, managerToken, {
      body: 'Thanks, we are looking into it.',
    });
    await sendOk('POST', `/api/tickets/${resolved.id}/status`, managerToken, { status: 'resolved' });
  });

  it('a manager sets up business hours, an SLA policy, a queue, a category and a priority rule, then reads the analytics', {
    timeout: 300_000,
  }, async () => {
    const page = browser.page;
    await page.setViewportSize({ width: 1440, height: 1400 });
    const calendarName = `Berlin desk ${suffix}`;
    const policyName = `Silver clients ${suffix}`;
    const queueName = `Escalations ${suffix}`;
    const categoryName = `Damaged goods ${suffix}`;
    const keyword = `meltdown${suffix}`;

    const signedIn = await submitAdminSignIn(page, manager);
    expect(signedIn.status()).toBe(200);
    await page.waitForURL('**/products');
    await mainNavigation(page).getByRole('link', { name: 'Support settings' }).click();
    await page.waitForURL('**/settings/support');
    await page.getByRole('heading', { level: 1, name: 'Support settings' }).waitFor();

    // Business hours: office hours Monday to Friday (the default), Berlin time, and a holiday.
    await openTab(page, 'Business hours', 'hours');
    await page.getByRole('button', { name: 'New calendar' }).click();
    const calendarForm = page.getByRole('dialog', { name: 'New business-hours calendar' });
    await calendarForm.getByRole('textbox', { name: 'Name' }).fill(calendarName);
    const zone = calendarForm.getByRole('combobox', { name: 'Time zone' });
    await zone.fill('Europe/Berl');
    await page.getByRole('option', { name: 'Europe/Berlin', exact: true }).click();
    await expect.poll(() => zone.inputValue()).toBe('Europe/Berlin');
    await calendarForm.getByRole('button', { name: 'Add holiday' }).click();
    const holiday = calendarForm.getByRole('group', { name: 'Holiday 1' });
    // The form checks a holiday before anything is sent.
    await calendarForm.getByRole('button', { name: 'Create calendar' }).click();
    await holiday.getByText('Choose a date').waitFor();
    await holiday.getByLabel('Date').fill('2031-12-25');
    await holiday.getByRole('textbox', { name: 'Holiday name' }).fill('Christmas Day');
    const calendarCreation = nextResponse(page, 'POST', '/api/tickets/calendars');
    await calendarForm.getByRole('button', { name: 'Create calendar' }).click();
    const calendarResponse = await calendarCreation;
    expect(calendarResponse.status()).toBe(201);
    const calendar = (await calendarResponse.json()) as Calendar;
    expect(calendar).toMatchObject({
      name: calendarName,
      timeZone: 'Europe/Berlin',
      holidays: [{ day: '2031-12-25', name: 'Christmas Day' }],
    });
    expect(calendar.week['1']).toEqual([{ start: 540, end: 1020 }]);
    expect(calendar.week['6'] ?? []).toEqual([]);
    await calendarForm.waitFor({ state: 'detached' });
    await rowOf(page, 'Business hours', calendarName).getByText('Christmas Day').waitFor();

    // An SLA policy for silver clients on that calendar; the form refuses a target of nothing before sending.
    await openTab(page, 'SLA policies', 'sla');
    await page.getByRole('button', { name: 'New SLA policy' }).click();
    const policyForm = page.getByRole('dialog', { name: 'New SLA policy' });
    await policyForm.getByRole('textbox', { name: 'Name' }).fill(policyName);
    await policyForm.getByRole('combobox', { name: 'Client tier' }).selectOption('silver');
    const firstResponse = policyForm.getByRole('group', { name: 'First response' });
    await firstResponse.getByRole('textbox', { name: 'Hours' }).fill('0');
    await firstResponse.getByRole('textbox', { name: 'Minutes' }).fill('0');
    const resolution = policyForm.getByRole('group', { name: 'Resolution' });
    await resolution.getByRole('textbox', { name: 'Hours' }).fill('16');
    await resolution.getByRole('textbox', { name: 'Minutes' }).fill('0');
    await policyForm.getByRole('textbox', { name: 'Warn at' }).fill('80');
    await policyForm.getByRole('combobox', { name: 'Business hours' }).selectOption({ label: calendarName });
    await policyForm
      .getByRole('group', { name: 'On breach' })
      .getByRole('checkbox', { name: 'Raise the priority' })
      .check();
    await policyForm.getByRole('button', { name: 'Create policy' }).click();
    await firstResponse.getByText('Set a target longer than zero').waitFor();
    await firstResponse.getByRole('textbox', { name: 'Hours' }).fill('2');
    await firstResponse.getByRole('textbox', { name: 'Minutes' }).fill('30');
    const policyCreation = nextResponse(page, 'POST', '/api/tickets/sla-policies');
    await policyForm.getByRole('button', { name: 'Create policy' }).click();
    const policyResponse = await policyCreation;
    expect(policyResponse.status()).toBe(201);
    const policy = (await policyResponse.json()) as SlaPolicy;
    expect(policy).toMatchObject({
      name: policyName,
      priority: null,
      clientTier: 'silver',
      firstResponseMinutes: 150,
      resolutionMinutes: 960,
      warnShare: 0.8,
      calendarId: calendar.id,
      onWarning: ['notify_manager'],
    });
    expect([...policy.onBreach].sort()).toEqual(['notify_manager', 'raise_priority']);
    await policyForm.waitFor({ state: 'detached' });
    await rowOf(page, 'SLA policies', policyName).getByText(calendarName).waitFor();

    // A queue handing tickets to the least-loaded of its members.
    await openTab(page, 'Queues', 'queues');
    await page.getByRole('button', { name: 'New queue' }).click();
    const queueForm = page.getByRole('dialog', { name: 'New queue' });
    await queueForm.getByRole('textbox', { name: 'Name' }).fill(queueName);
    await queueForm.getByRole('radio', { name: 'Least-loaded' }).check();
    const members = queueForm.getByRole('combobox', { name: 'Members' });
    await members.fill(member.name);
    await page.getByRole('option', { name: member.name, exact: true }).click();
    // The list stays open for more picks; clicking elsewhere in the form closes it.
    await queueForm.getByRole('textbox', { name: 'Name' }).click();
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    const queueCreation = nextResponse(page, 'POST', '/api/tickets/queues');
    await queueForm.getByRole('button', { name: 'Create queue' }).click();
    const queueResponse = await queueCreation;
    expect(queueResponse.status()).toBe(201);
    const queue = (await queueResponse.json()) as Queue;
    expect(queue).toMatchObject({
      name: queueName,
      strategy: 'least_loaded',
      memberEmployeeIds: [member.id],
    });
    await queueForm.waitFor({ state: 'detached' });
    const queueRow = rowOf(page, 'Queues', queueName);
    await queueRow.getByText('Least-loaded').waitFor();
    await queueRow.getByText(member.name).waitFor();

    // A category whose tickets go to that queue.
    await openTab(page, 'Categories', 'categories');
    await page.getByRole('button', { name: 'New category' }).click();
    const categoryForm = page.getByRole('dialog', { name: 'New category' });
    await categoryForm.getByRole('textbox', { name: 'Name' }).fill(categoryName);
    await categoryForm.getByRole('combobox', { name: 'Queue' }).click();
    await page.getByRole('option', { name: queueName, exact: true }).click();
    const categoryCreation = nextResponse(page, 'POST', '/api/tickets/categories');
    await categoryForm.getByRole('button', { name: 'Create category' }).click();
    const categoryResponse = await categoryCreation;
    expect(categoryResponse.status()).toBe(201);
    const category = (await categoryResponse.json()) as Category;
    expect(category).toMatchObject({ name: categoryName, queueId: queue.id });
    await categoryForm.waitFor({ state: 'detached' });
    await rowOf(page, 'Categories', categoryName).getByText(queueName).waitFor();

    // The first keyword rule learns a new word.
    await openTab(page, 'Priority rules', 'priority');
    const firstRule = page.getByRole('group', { name: 'Keyword rule 1' });
    const words = firstRule.getByRole('combobox', { name: 'Words' });
    await words.fill(keyword);
    await words.press('Enter');
    const settingsSaved = nextResponse(page, 'PUT', '/api/tickets/settings');
    await page.getByRole('button', { name: 'Save rules' }).click();
    const savedResponse = await settingsSaved;
    expect(savedResponse.status()).toBe(200);
    expect(await savedResponse.request().headerValue('if-match')).toMatch(/^"\d+"$/);
    await page.getByRole('status').filter({ hasText: 'Changes saved.' }).waitFor();

    // After a reload every tab still shows what was saved, and the API says the same.
    await page.reload();
    await page.getByRole('tabpanel', { name: 'Priority rules' }).waitFor();
    await page.getByRole('group', { name: 'Keyword rule 1' }).getByText(keyword, { exact: true }).waitFor();
    const settings = await getJson<Settings>('/api/tickets/settings', managerToken);
    expect(settings.priorityRules.keywords[0]?.words).toContain(keyword);

    await openTab(page, 'Business hours', 'hours');
    await rowOf(page, 'Business hours', calendarName).getByText('Europe/Berlin').waitFor();
    await rowOf(page, 'Business hours', calendarName).getByText('Christmas Day').waitFor();
    const calendars = await getJson<ListPage<Calendar>>('/api/tickets/calendars?limit=100', managerToken);
    expect(calendars.items.find((item) => item.id === calendar.id)?.holidays).toEqual([
      { day: '2031-12-25', name: 'Christmas Day' },
    ]);

    await openTab(page, 'SLA policies', 'sla');
    await rowOf(page, 'SLA policies', policyName).getByText('2 h 30 min', { exact: true }).waitFor();
    const policies = await getJson<ListPage<SlaPolicy>>('/api/tickets/sla-policies?limit=100', managerToken);
    expect(policies.items.find((item) => item.id === policy.id)?.calendarId).toBe(calendar.id);

    await openTab(page, 'Queues', 'queues');
    await rowOf(page, 'Queues', queueName).getByText(member.name).waitFor();
    const storedQueue = await getJson<Queue>(`/api/tickets/queues/${queue.id}`, managerToken);
    expect(storedQueue).toMatchObject({ strategy: 'least_loaded', memberEmployeeIds: [member.id] });

    await openTab(page, 'Categories', 'categories');
    await rowOf(page, 'Categories', categoryName).getByText(queueName).waitFor();
    const categories = await getJson<ListPage<Category>>('/api/tickets/categories?limit=100', managerToken);
    expect(categories.items.find((item) => item.id === category.id)?.queueId).toBe(queue.id);

    // Analytics of the last 30 days count the tickets opened for this journey.
    const summaries = collectSummaries(page);
    await mainNavigation(page).getByRole('link', { name: 'Support analytics' }).click();
    await page.waitForURL('**/support-analytics');
    await page.getByRole('heading', { level: 1, name: 'Support analytics' }).waitFor();
    const period = page.getByRole('radiogroup', { name: 'Period' });
    await period.getByText('Last 7 days', { exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('range') === '7d');
    await expect.poll(() => summaries.has(7)).toBe(true);
    await period.getByText('Last 30 days', { exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('range') === '30d');
    await expect.poll(() => summaries.has(30)).toBe(true);
    const summary = summaries.get(30) as Summary;
    expect(summary.totals.created).toBeGreaterThanOrEqual(3);
    const cards = page.getByRole('region', { name: 'Summary' });
    for (const label of ['Created', 'Resolved', 'Backlog', 'Median first response', 'CSAT'])
      await cards.getByRole('term').filter({ hasText: label }).first().waitFor();
    await cards
      .getByRole('definition')
      .filter({ hasText: new RegExp(`^${summary.totals.created.toLocaleString('en-US')}$`) })
      .first()
      .waitFor();
    const chart = page.getByRole('img', {
      name: /^Bar chart of tickets created and resolved per day over 30 periods/,
    });
    await chart.waitFor();
    await chart.locator('svg').waitFor();
    await page.getByRole('img', { name: /^Bar chart of the \d+ unresolved tickets by age/ }).waitFor();
    await page.getByRole('table', { name: 'Tickets by Agent' }).waitFor();
    expect(page.url()).toContain(adminUrl('/support-analytics'));

    // Narrowed to one category, every figure counts only its tickets; one click shows all again.
    const breakdownByCategory = page.waitForResponse((response) => {
      const url = new URL(response.url());
      return url.pathname === '/api/tickets/reports/breakdown' && url.searchParams.get('by') === 'category';
    });
    await page
      .getByRole('radiogroup', { name: 'Break down by' })
      .getByText('Category', { exact: true })
      .click();
    const { groups } = (await (await breakdownByCategory).json()) as {
      groups: { key: string | null; label: string; created: number }[];
    };
    const biggest = groups.find((group) => group.key !== null);
    if (!biggest) throw new Error('the demo data has no ticket with a category');
    const narrowed = page.waitForResponse((response) => {
      const url = new URL(response.url());
      return (
        url.pathname === '/api/tickets/reports/summary' && url.searchParams.get('categoryId') === biggest.key
      );
    });
    await page
      .getByRole('table', { name: 'Tickets by Category' })
      .getByRole('button', { name: `Only ${biggest.label}` })
      .click();
    const narrowedSummary = (await (await narrowed).json()) as Summary;
    expect(narrowedSummary.totals.created).toBe(biggest.created);
    expect(narrowedSummary.totals.created).toBeLessThan(summary.totals.created);
    await page.waitForURL((url) => url.searchParams.get('focus') === `category:${biggest.key}`);
    const focusBadge = page.getByRole('status').getByText(`Category: ${biggest.label}`);
    await focusBadge.waitFor();
    await cards
      .getByRole('definition')
      .filter({ hasText: new RegExp(`^${biggest.created.toLocaleString('en-US')}$`) })
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'All tickets' }).click();
    await page.waitForURL((url) => !url.searchParams.has('focus'));
    await expect.poll(() => focusBadge.count()).toBe(0);
  });
});
