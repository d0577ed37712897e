import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoAdmin, mainNavigation, rowLinks, submitAdminSignIn } from './support/admin';
import { createStaffAccount, getJson, signInThroughApi, uniqueEmail } from './support/api';
import { useBrowserPage } from './support/browser';
import './support/suite-urls';

const password = 'Quiet-harbour-lantern-42';

/** A new staff account of the role, signed in on the page (specs never change the shared demo accounts). */
async function signInAsNew(page: Page, role: 'sales' | 'manager', name: string) {
  const adminToken = await signInThroughApi(demoAdmin);
  const account = { email: uniqueEmail(name.toLowerCase().replace(/\W+/g, '.')), name, role, password };
  await createStaffAccount(adminToken, account);
  const response = await submitAdminSignIn(page, account);
  expect(response.status()).toBe(200);
  await page.waitForURL('**/products');
  return { ...account, token: await signInThroughApi(account) };
}

/** The area links above the client pages (list, pipeline, segments, import). */
const clientsArea = (page: Page) => page.getByRole('navigation', { name: 'Client management' });

/** A pipeline column, by its stage. */
const column = (page: Page, stage: string) => page.getByRole('region', { name: stage, exact: true });

describe('admin: clients are worked from first contact to the pipeline, imported and exported', () => {
  const browser = useBrowserPage();

  it('lets a sales user create a client, add a contact, log a call and move it to prospect with a reason, all in its timeline', async () => {
    const page = browser.page;
    await signInAsNew(page, 'sales', 'Sara Seller');
    const company = `Harbour Lights ${Date.now()}`;

    // A new client from the list; the sales user becomes its account manager.
    await mainNavigation(page).getByRole('link', { name: 'Clients' }).click();
    await page.waitForURL('**/clients');
    await page.getByRole('button', { name: 'New client' }).click();
    const creation = page.getByRole('dialog', { name: 'New client' });
    await creation.getByRole('textbox', { name: 'Company', exact: true }).fill(company);
    await creation.getByRole('textbox', { name: 'Industry' }).fill('Logistics');
    await creation.getByRole('button', { name: 'Create client' }).click();
    await page.getByRole('heading', { level: 1, name: company }).waitFor();
    expect(page.url()).toMatch(/\/clients\/\d+$/);
    // The client names its account manager itself: no directory of staff is loaded to find the name.
    await page.getByRole('main').getByText('Sara Seller (you)', { exact: true }).waitFor();

    // A primary contact.
    await page.getByRole('tab', { name: 'Contacts' }).click();
    await page.getByRole('button', { name: 'Add contact' }).click();
    const contactForm = page.getByRole('dialog', { name: 'Add a contact' });
    await contactForm.getByRole('textbox', { name: 'Name' }).fill('Lina Lighthouse');
    await contactForm.getByRole('textbox', { name: 'Email' }).fill('lina@harbour-lights.example');
    await contactForm.getByRole('checkbox', { name: 'Primary contact' }).check();
    await contactForm.getByRole('button', { name: 'Add contact' }).click();
    await contactForm.waitFor({ state: 'detached' });
    const contactRow = page.getByRole('row').filter({ hasText: 'Lina Lighthouse' });
    await contactRow.getByText('Primary', { exact: true }).waitFor();
    await expect.poll(() => contactRow.textContent()).toContain('lina@harbour-lights.example');

    // A call, logged against that contact.
    await page.getByRole('tab', { name: 'Interactions' }).click();
    const logForm = page.getByRole('form', { name: 'Log an interaction' });
    await logForm.getByRole('textbox', { name: 'Subject' }).fill('Discovery call');
    await logForm.getByRole('textbox', { name: 'Details' }).fill('Wants a quote for 40 pallets a month.');
    await logForm.getByRole('combobox', { name: 'With contact' }).selectOption({ label: 'Lina Lighthouse' });
    const logged = page.waitForResponse(
      (response) =>
        response.request().method() === 'POST' && /\/api\/clients\/\d+\/interactions$/.test(response.url()),
    );
    await logForm.getByRole('button', { name: 'Log interaction' }).click();
    const loggedResponse = await logged;
    expect(loggedResponse.status()).toBe(201);
    expect(await loggedResponse.json()).toMatchObject({ authorName: 'Sara Seller' });
    const call = page
      .getByRole('list', { name: 'Interactions' })
      .getByRole('listitem')
      .filter({ hasText: 'Discovery call' });
    await expect.poll(() => call.innerText()).toContain('by Sara Seller');

    // On the pipeline the client is a lead; its Move menu asks for the reason.
    await mainNavigation(page).getByRole('link', { name: 'Clients' }).click();
    await clientsArea(page).getByRole('link', { name: 'Pipeline' }).click();
    await page.waitForURL('**/clients/pipeline');
    await page.getByRole('heading', { level: 1, name: 'Pipeline' }).waitFor();
    await page.getByRole('searchbox', { name: 'Search' }).fill(company);
    await page.waitForURL(/[?&]q=/);
    // Narrowed to their own clients with the account manager picker, which asks the server for staff by name.
    const ownerFilter = page.getByRole('combobox', { name: 'Account manager' });
    await ownerFilter.click();
    await ownerFilter.fill('Sara Sel');
    await page.getByRole('option', { name: 'Sara Seller (you)' }).click();
    await page.waitForURL(/[?&]ownerUserId=\d+/);
    await page.getByRole('option', { name: 'Sara Seller (you)' }).waitFor({ state: 'hidden' });
    const leadCard = column(page, 'Lead').getByRole('listitem', { name: company });
    await leadCard.waitFor();
    await expect.poll(() => leadCard.innerText()).toContain('Sara Seller (you)');
    await expect
      .poll(() => column(page, 'Prospect').getByRole('listitem', { name: company }).count())
      .toBe(0);
    await leadCard.getByRole('button', { name: `Move ${company} to another stage` }).click();
    await page.getByRole('menuitem', { name: 'Move to Prospect' }).click();
    const move = page.getByRole('dialog', { name: 'Change the stage' });
    await move.getByText(`Move ${company} from Lead to Prospect.`).waitFor();
    await move.getByRole('textbox', { name: 'Reason' }).fill('Asked for a quote after the discovery call');
    const moved = page.waitForResponse(
      (response) =>
        response.request().method() === 'POST' && /\/api\/clients\/\d+\/stage$/.test(response.url()),
    );
    await move.getByRole('button', { name: 'Change stage' }).click();
    const stageChange = await moved;
    expect(stageChange.status()).toBe(200);
    expect(await stageChange.request().headerValue('if-match')).toMatch(/^"\d+"$/);
    await move.waitFor({ state: 'detached' });
    const prospectCard = column(page, 'Prospect').getByRole('listitem', { name: company });
    await prospectCard.waitFor();
    await expect.poll(() => column(page, 'Lead').getByRole('listitem', { name: company }).count()).toBe(0);
    await expect.poll(() => column(page, 'Prospect').getByTestId('stage-count').innerText()).toMatch(/^1\b/);

    // The client's timeline: the stage change with its reason, newest first, then the call.
    await prospectCard.getByRole('link', { name: company }).click();
    await page.getByRole('heading', { level: 1, name: company }).waitFor();
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await timeline.getByText('Stage: Lead → Prospect').waitFor();
    const entries = await timeline.getByRole('listitem').allInnerTexts();
    const stageEntry = entries.findIndex((entry) => entry.includes('Stage: Lead → Prospect'));
    const callEntry = entries.findIndex((entry) => entry.includes('Call: Discovery call'));
    expect(stageEntry).toBeGreaterThanOrEqual(0);
    expect(callEntry).toBeGreaterThan(stageEntry);
    expect(entries[stageEntry]).toContain('Reason: Asked for a quote after the discovery call');
    expect(entries[stageEntry]).toContain('by Sara Seller');
    expect(entries[callEntry]).toContain('Wants a quote for 40 pallets a month.');
    expect(entries[callEntry]).toContain('by Sara Seller');
    expect(entries.at(-1)).toContain('Stage set to Lead');
  });

  it('lets a manager import a CSV with a bad row, then export exactly the filtered list', async () => {
    const page = browser.page;
    const manager = await signInAsNew(page, 'manager', 'Mona Manager');
    const tag = `import-${Date.now()}`;
    const csv = [
      'Company,Contact,Mail,Labels,Tier,Owner',
      `Import Alpha ${tag},Ann Alpha,ann@alpha.example,${tag},gold,${manager.email}`,
      `Import Beta ${tag},Ben Beta,not-an-email,${tag},silver,`,
      `"Import Gamma ${tag}, Ltd",Gil Gamma,gil@gamma.example,${tag};northern,standard,`,
    ].join('\n');

    await mainNavigation(page).getByRole('link', { name: 'Clients' }).click();
    await page.waitForURL('**/clients');
    await clientsArea(page).getByRole('link', { name: 'Import' }).click();
    await page.waitForURL('**/clients/import');
    await page.getByRole('heading', { level: 1, name: 'Import clients' }).waitFor();
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'prospects.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });

    // Columns named like the fields the server lists are matched; the others are matched by hand.
    const field = (column: string) =>
      page.getByRole('combobox', { name: `Client field for the column ${column}` });
    await expect.poll(() => field('Tier').inputValue()).toBe('tier');
    await page.getByText('One of: standard, silver, gold, platinum').waitFor();
    await page.getByText('One column must fill Company name: every row needs it.').waitFor();
    await field('Company').selectOption({ label: 'Company name' });
    await field('Contact').selectOption({ label: 'Contact person' });
    await field('Mail').selectOption({ label: 'Email' });
    await field('Labels').selectOption({ label: 'Tags' });
    await field('Owner').selectOption({ label: 'Account manager (email)' });
    await expect.poll(() => page.getByText('Fix the mapping first').count()).toBe(0);

    // The dry run reports the bad line and imports nothing.
    await page.getByRole('button', { name: 'Dry run' }).click();
    await page.getByText('Dry run: nothing was imported').waitFor();
    await page.getByText('2 of 3 rows would be imported; 1 rows would not.').waitFor();
    const badRows = page.getByRole('table', { name: 'Rows that were not imported' }).locator('tbody tr');
    await expect.poll(() => badRows.count()).toBe(1);
    expect(await badRows.first().innerText()).toMatch(/^3\s+email\s+/);
    const before = await getJson<{ items: unknown[] }>(`/api/clients?tag=${tag}`, manager.token);
    expect(before.items).toHaveLength(0);

    // The import takes the good rows and reports the same bad line.
    await page.getByRole('button', { name: 'Import 2 good rows' }).click();
    await page.getByText('Import finished').waitFor();
    await page.getByText('2 of 3 rows imported; 1 rows were not.').waitFor();
    await expect.poll(() => badRows.count()).toBe(1);
    expect(await badRows.first().innerText()).toMatch(/^3\s+email\s+/);
    const imported = await getJson<{ items: { companyName: string; tier: string; tags: string[] }[] }>(
      `/api/clients?tag=${tag}`,
      manager.token,
    );
    expect(imported.items.map((client) => client.companyName)).toEqual([
      `Import Alpha ${tag}`,
      `Import Gamma ${tag}, Ltd`,
    ]);
    expect(imported.items[1]?.tags).toEqual([tag, 'northern']);

    // The list filtered by the import's tag shows the two clients; the export is that list, every column.
    await clientsArea(page).getByRole('link', { name: 'All clients' }).click();
    await page.waitForURL('**/clients');
    await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
    await page.getByRole('textbox', { name: 'Tag', exact: true }).fill(tag);
    await page.waitForURL(new RegExp(`[?&]tag=${tag}`));
    await expect
      .poll(() => rowLinks(page).allTextContents())
      .toEqual([`Import Alpha ${tag}`, `Import Gamma ${tag}, Ltd`]);
    // The owner given by email in the file shows by name.
    const alphaRow = page.locator('tbody tr').filter({ hasText: `Import Alpha ${tag}` });
    expect(await alphaRow.innerText()).toContain('Mona Manager (you)');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^clients-\d{4}-\d{2}-\d{2}\.csv$/);
    const exported = (await readFile(await download.path(), 'utf8')).trim().split(/\r?\n/);
    expect(exported[0]).toMatch(/^id,companyName,contactPerson,email,/);
    expect(exported).toHaveLength(3);
    expect(exported[1]).toContain(`Import Alpha ${tag}`);
    expect(exported[1]).toContain('ann@alpha.example');
    expect(exported[2]).toContain(`"Import Gamma ${tag}, Ltd"`);
    expect(exported.join('\n')).not.toContain('Import Beta');

    // The filter kept as a saved view (on the server, private unless shared) comes back after the filters were cleared.
    await page.getByRole('button', { name: 'Saved views' }).click();
    await page.getByRole('textbox', { name: 'Save the current view as' }).fill('Latest import');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('button', { name: 'Latest import', exact: true }).waitFor();
    const views = await getJson<{ items: { name: string; query: string; shared: boolean }[] }>(
      '/api/saved-views?list=clients',
      manager.token,
    );
    expect(views.items).toContainEqual(
      expect.objectContaining({ name: 'Latest import', query: `tag=${tag}`, shared: false }),
    );
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('tag')).toBeNull();
    // The tag box empties and stays empty (it once re-sent its old text right after the clear).
    await expect.poll(() => page.getByRole('textbox', { name: 'Tag' }).inputValue()).toBe('');
    await expect.poll(() => rowLinks(page).count()).toBeGreaterThan(2);
    expect(new URL(page.url()).searchParams.get('tag')).toBeNull();
    await page.getByRole('button', { name: 'Saved views' }).click();
    await page.getByRole('button', { name: 'Latest import', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('tag')).toBe(tag);
    await expect.poll(() => rowLinks(page).count()).toBe(2);
    await page.getByRole('button', { name: 'View: Latest import' }).waitFor();
  });
});
