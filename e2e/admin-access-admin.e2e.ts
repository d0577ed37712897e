import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { adminUrl, demoAdmin, mainNavigation, signInAsAdmin } from './support/admin';
import { getJson, postJson, signInThroughApi, uniqueEmail } from './support/api';
import { useBrowserPage } from './support/browser';
import './support/suite-urls';

/** Calls the API the way an integration would: no session, only the key. */
function callWithApiKey(path: string, key: string): Promise<Response> {
  return fetch(`${inject('suite').apiUrl}${path}`, { headers: { 'X-API-Key': key } });
}

/** The table row that mentions this text (a key's name, an invitee's email). */
const tableRow = (page: Page, text: string): Locator => page.locator('tbody tr').filter({ hasText: text });

/** Resolves with the first response to `method` on a URL ending in `path`. */
function nextResponse(page: Page, method: string, path: string | RegExp) {
  return page.waitForResponse(
    (response) =>
      response.request().method() === method &&
      (typeof path === 'string' ? new URL(response.url()).pathname === path : path.test(response.url())),
  );
}

/** Tries to set a first password with an invitation link, as the invitee would. */
function acceptInvitation(link: string) {
  const token = new URL(link).searchParams.get('token');
  return postJson('/api/auth/invitation/accept', { token, password: 'Lantern-over-the-quay-81' });
}

type ListedApiKey = { id: number; name: string; prefix: string; scopes: string[]; expiresAt: string | null };
type InvitationPage = { items: { user: { id: number; email: string } }[] };

describe('admin: access for integrations and newcomers', () => {
  const browser = useBrowserPage();

  it('creates an API key that is shown once and works over HTTP until it is revoked', async () => {
    const page = browser.page;
    const keyName = `Nightly export ${Date.now()}`;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: adminUrl() });

    await signInAsAdmin(page);
    await mainNavigation(page).getByRole('link', { name: 'API keys' }).click();
    await page.waitForURL('**/api-keys');
    await page.getByRole('heading', { level: 1, name: 'API keys' }).waitFor();

    // The admin creates a key that may only read clients, for 30 days.
    await page.getByRole('button', { name: 'Create key' }).click();
    const form = page.getByRole('dialog', { name: 'Create an API key' });
    await form.getByRole('textbox', { name: 'Name' }).fill(keyName);
    // A key needs at least one permission: the form says so before anything is sent.
    await form.getByRole('button', { name: 'Create key' }).click();
    await form.getByText('Choose at least one permission').waitFor();
    await form.getByRole('checkbox', { name: 'Read clients' }).check();
    await form.getByRole('combobox', { name: 'Expires' }).selectOption({ label: 'In 30 days' });
    const creation = nextResponse(page, 'POST', '/api/api-keys');
    await form.getByRole('button', { name: 'Create key' }).click();
    expect((await creation).status()).toBe(201);

    // The key itself is shown with a warning that this is the only time, and copies as shown.
    const result = page.getByRole('dialog', { name: 'Your new API key' });
    await result.getByText('it will not be shown again').waitFor();
    const secretField = result.getByRole('textbox', { name: 'API key' });
    const secret = await secretField.inputValue();
    expect(secret).toMatch(/^sck_[\w-]+_[\w-]+$/);
    await result.getByRole('button', { name: 'Copy key' }).click();
    await result.getByRole('status').filter({ hasText: 'Key copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);

    // An integration holding the key reads clients, and nothing its scopes do not name.
    const clients = await callWithApiKey('/api/clients?limit=1', secret);
    expect(clients.status).toBe(200);
    expect(((await clients.json()) as { items: unknown[] }).items).toHaveLength(1);
    expect((await callWithApiKey('/api/products?limit=1', secret)).status).toBe(403);

    // Once the dialog is closed the key is nowhere on the page, and the form starts empty again.
    await result.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await page.content()).not.toContain(secret);
    const inputValues = await page
      .locator('input')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(inputValues).not.toContain(secret);
    await page.getByRole('button', { name: 'Create key' }).click();
    expect(await form.getByRole('textbox', { name: 'Name' }).inputValue()).toBe('');
    await form.getByRole('button', { name: 'Cancel' }).click();
    await form.waitFor({ state: 'detached' });

    // The server kept what was chosen, but not the key.
    const adminToken = await signInThroughApi(demoAdmin);
    const listed = await getJson<{ items: ListedApiKey[] }>('/api/api-keys', adminToken);
    expect(JSON.stringify(listed)).not.toContain(secret.slice(-20));
    const stored = listed.items.find((key) => key.name === keyName);
    expect(stored?.scopes).toEqual(['clients:read']);
    // Only the start of the key is kept, to tell keys apart.
    const prefix = stored?.prefix ?? '';
    expect(prefix.length).toBeGreaterThan('sck_'.length);
    expect(secret.startsWith(prefix)).toBe(true);
    const lifetimeDays = (Date.parse(stored?.expiresAt ?? '') - Date.now()) / 86_400_000;
    expect(lifetimeDays).toBeGreaterThan(29.9);
    expect(lifetimeDays).toBeLessThanOrEqual(30);

    // The list shows the key as active, recently used, by the start of the key alone.
    await page.reload();
    const row = tableRow(page, keyName);
    await row.waitFor();
    await expect.poll(() => row.innerText()).toContain(prefix);
    const rowText = await row.innerText();
    expect(rowText).toContain('clients:read');
    expect(rowText).toContain('Active');
    expect(rowText).not.toContain('Not used yet');
    expect(rowText).not.toContain(secret);

    // Revoking asks first; then the key is refused at once.
    await row.getByRole('button', { name: `Revoke key ${keyName}` }).click();
    const confirmation = page.getByRole('dialog', { name: 'Revoke this API key?' });
    await confirmation.getByText(prefix).waitFor();
    const revocation = nextResponse(page, 'DELETE', new RegExp(`/api/api-keys/${stored?.id}$`));
    await confirmation.getByRole('button', { name: 'Revoke key' }).click();
    expect((await revocation).status()).toBe(204);
    await confirmation.waitFor({ state: 'detached' });
    await page
      .getByRole('status')
      .filter({ hasText: `The key “${keyName}” was revoked.` })
      .waitFor();
    await expect.poll(() => row.innerText()).toContain('Revoked');
    expect(await row.getByRole('button', { name: /Revoke key/ }).count()).toBe(0);

    const refused = await callWithApiKey('/api/clients?limit=1', secret);
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { code: string }).code).toBe('invalid_api_key');
  });

  it('lists a pending invitation, sends a fresh link, and withdraws it', async () => {
    const page = browser.page;
    const email = uniqueEmail('ines');
    const name = 'Ines Invitee';
    const who = `${name} (${email})`;

    await signInAsAdmin(page);
    await mainNavigation(page).getByRole('link', { name: 'Invitations' }).click();
    await page.waitForURL('**/invitations');
    await page.getByRole('heading', { level: 1, name: 'Invitations' }).waitFor();

    // The admin invites a sales colleague from the Invitations page itself.
    await page.getByRole('button', { name: 'Invite user' }).click();
    const form = page.getByRole('dialog', { name: 'Invite a user' });
    await form.getByRole('textbox', { name: 'Email' }).fill(email);
    await form.getByRole('textbox', { name: 'Name' }).fill(name);
    await form.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'Sales' });
    await form.getByRole('button', { name: 'Create invitation' }).click();
    const invited = page.getByRole('dialog', { name: 'Invitation created' });
    const firstLink = await invited.getByRole('textbox', { name: 'Invitation link' }).inputValue();
    expect(firstLink.startsWith(adminUrl('/accept-invitation?token='))).toBe(true);
    await invited.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    // The new invitation is listed as pending, newest first.
    const row = tableRow(page, email);
    await row.waitFor();
    await expect.poll(() => row.innerText()).toContain('Pending');
    expect(await row.innerText()).toContain('Sales');

    // The role filter narrows the list on the server.
    const roleFilter = page.getByRole('combobox', { name: 'Role' });
    await roleFilter.selectOption({ label: 'Administrator' });
    await page.waitForURL(/role=admin(&|$)/);
    await row.waitFor({ state: 'detached' });
    await roleFilter.selectOption({ label: 'Sales' });
    await page.waitForURL(/role=sales(&|$)/);
    await row.waitFor();

    // A fresh link replaces the first one, which stops working.
    await row.getByRole('button', { name: `Send a fresh link to ${who}` }).click();
    const fresh = page.getByRole('dialog', { name: 'Fresh invitation link' });
    const freshField = fresh.getByRole('textbox', { name: 'Invitation link' });
    await freshField.waitFor();
    const freshLink = await freshField.inputValue();
    expect(freshLink).not.toBe(firstLink);
    await fresh.getByRole('button', { name: 'Done' }).click();
    await fresh.waitFor({ state: 'detached' });
    expect((await acceptInvitation(firstLink)).status).toBe(400);

    // Withdrawing asks first, then the invitation leaves the list and its account goes with it.
    await row.getByRole('button', { name: `Withdraw the invitation of ${who}` }).click();
    const confirmation = page.getByRole('dialog', { name: 'Withdraw this invitation?' });
    await confirmation.getByText(who).waitFor();
    const withdrawal = nextResponse(page, 'DELETE', /\/api\/invitations\/\d+$/);
    await confirmation.getByRole('button', { name: 'Withdraw invitation' }).click();
    expect((await withdrawal).status()).toBe(204);
    await page
      .getByRole('status')
      .filter({ hasText: `The invitation of ${who} was withdrawn.` })
      .waitFor();
    await row.waitFor({ state: 'detached' });

    const adminToken = await signInThroughApi(demoAdmin);
    const invitations = await getJson<InvitationPage>('/api/invitations?limit=100', adminToken);
    expect(invitations.items.map((invitation) => invitation.user.email)).not.toContain(email);
    const users = await getJson<{ items: unknown[] }>(
      `/api/users?q=${encodeURIComponent(email)}`,
      adminToken,
    );
    expect(users.items).toHaveLength(0);
    const accepted = await acceptInvitation(freshLink);
    expect(accepted.status).toBe(400);
    expect(((await accepted.json()) as { code: string }).code).toBe('invalid_link');
  });
});
