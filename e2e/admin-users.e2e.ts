import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  adminUrl,
  demoAdmin,
  mainNavigation,
  rowLinks,
  signInAsAdmin,
  submitAdminSignIn,
} from './support/admin';
import { createStaffAccount, signInThroughApi, uniqueEmail } from './support/api';
import { useBrowserPage } from './support/browser';
import './support/suite-urls';

/** The rows of the audit log as the reader sees them, newest first. */
const auditRows = (page: Page) => page.locator('tbody tr');

function accountForm(page: Page): Locator {
  return page.getByRole('form', { name: 'Account' });
}

/** Resolves with the PATCH of the account once the form was submitted. */
function saveAccount(page: Page, userId: number) {
  const saved = page.waitForResponse(
    (response) => response.request().method() === 'PATCH' && response.url().endsWith(`/api/users/${userId}`),
  );
  return accountForm(page)
    .getByRole('button', { name: 'Save changes' })
    .click()
    .then(() => saved);
}

describe('admin: people are invited, managed and audited', () => {
  const browser = useBrowserPage();

  it('invites an agent who sets a password and works without admin pages, then changes and deactivates them on the record', async () => {
    const adminPage = browser.page;
    const email = uniqueEmail('nora');
    const password = 'Quiet-harbour-lantern-42';
    await adminPage.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: adminUrl() });

    // The admin invites a new support agent and copies the invitation link.
    await signInAsAdmin(adminPage);
    await mainNavigation(adminPage).getByRole('link', { name: 'Users & roles' }).click();
    await adminPage.waitForURL('**/users');
    await rowLinks(adminPage).first().waitFor();
    await adminPage.getByRole('button', { name: 'Invite user' }).click();
    const form = adminPage.getByRole('dialog', { name: 'Invite a user' });
    await form.getByRole('textbox', { name: 'Email' }).fill(email);
    await form.getByRole('textbox', { name: 'Name' }).fill('Nora Newcomer');
    await form.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'Support agent' });
    await form.getByRole('button', { name: 'Create invitation' }).click();

    const result = adminPage.getByRole('dialog', { name: 'Invitation created' });
    const linkField = result.getByRole('textbox', { name: 'Invitation link' });
    await linkField.waitFor();
    await result.getByRole('button', { name: 'Copy link' }).click();
    await result.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
    const link = await adminPage.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(await linkField.inputValue());
    expect(link.startsWith(adminUrl('/accept-invitation?token='))).toBe(true);
    await result.getByRole('button', { name: 'Done' }).click();

    // In a browser of their own, the newcomer opens the link; the server's policy turns a weak password away.
    const newcomer = await browser.openPage();
    await newcomer.goto(link);
    await newcomer.getByRole('heading', { level: 1, name: 'Accept your invitation' }).waitFor();
    const newPassword = newcomer.getByRole('textbox', { name: 'New password', exact: true });
    const confirmPassword = newcomer.getByRole('textbox', { name: 'Confirm new password' });
    await newPassword.fill('too-short');
    await confirmPassword.fill('too-short');
    await newcomer.getByRole('button', { name: 'Set password' }).click();
    await newcomer.getByText('This password is not allowed: it must have at least 10 characters').waitFor();

    await newPassword.fill(password);
    await confirmPassword.fill(password);
    await newcomer.getByRole('button', { name: 'Set password' }).click();
    await newcomer.getByRole('status').filter({ hasText: 'Your password is set' }).waitFor();
    await newcomer.getByRole('link', { name: 'Sign in' }).click();
    await newcomer.waitForURL('**/sign-in');

    // Signed in, the agent sees the products but no account administration.
    const signIn = await submitAdminSignIn(newcomer, { email, password });
    expect(signIn.status()).toBe(200);
    await newcomer.waitForURL('**/products');
    await rowLinks(newcomer).first().waitFor();
    const agentNavigation = mainNavigation(newcomer);
    await agentNavigation.getByRole('link', { name: 'Products' }).waitFor();
    expect(await agentNavigation.getByRole('link', { name: 'Users & roles' }).count()).toBe(0);
    expect(await agentNavigation.getByRole('link', { name: 'Audit log' }).count()).toBe(0);

    // The admin finds the account and sees the invitation accepted.
    await adminPage.getByRole('searchbox', { name: 'Search' }).fill(email);
    await expect.poll(() => rowLinks(adminPage).allTextContents()).toEqual(['Nora Newcomer']);
    await rowLinks(adminPage).first().click();
    await adminPage.getByRole('heading', { level: 1, name: 'Nora Newcomer' }).waitFor();
    const userId = Number(new URL(adminPage.url()).pathname.split('/').at(-1));
    await adminPage.getByText('Invitation pending').waitFor({ state: 'detached' });

    // A role change, sent with the version it was made on.
    const account = accountForm(adminPage);
    await account.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'Sales' });
    const roleChange = await saveAccount(adminPage, userId);
    expect(roleChange.status()).toBe(200);
    expect(await roleChange.request().headerValue('if-match')).toMatch(/^"\d+"$/);
    await adminPage.getByRole('status').filter({ hasText: 'Changes saved.' }).waitFor();
    await expect.poll(() => account.getByRole('combobox', { name: 'Role' }).inputValue()).toBe('sales');

    // Then deactivation, from the version the role change produced.
    await account.getByRole('switch', { name: 'Active' }).uncheck({ force: true });
    const deactivation = await saveAccount(adminPage, userId);
    expect(deactivation.status()).toBe(200);
    const versions = [roleChange, deactivation].map((response) => response.request().headerValue('if-match'));
    const [roleVersion, deactivationVersion] = (await Promise.all(versions)).map((tag) =>
      Number(tag?.replaceAll('"', '')),
    );
    expect(deactivationVersion).toBe((roleVersion ?? 0) + 1);
    await expect.poll(() => account.getByRole('switch', { name: 'Active' }).isChecked()).toBe(false);
    await adminPage.getByText('Deactivated', { exact: true }).first().waitFor();

    // Both changes ended the agent's sessions: the next call sends them to sign in, and they cannot.
    await agentNavigation.getByRole('link', { name: 'Clients' }).click();
    await newcomer.waitForURL('**/sign-in');
    await submitAdminSignIn(newcomer, { email, password });
    await newcomer.getByRole('alert').waitFor();
    expect(newcomer.url()).toContain('/sign-in');

    // The audit log holds the invitation and both changes, newest first, field by field.
    await adminPage.getByRole('link', { name: 'View activity in the audit log' }).click();
    await adminPage.waitForURL(`**/audit?resource=user&resourceId=${userId}`);
    await expect
      .poll(async () => {
        const rows = await auditRows(adminPage).allInnerTexts();
        const deactivated = rows.findIndex((row) => /Updated/.test(row) && /Active:\s*Yes\s*No/.test(row));
        const roleChanged = rows.findIndex(
          (row) => /Updated/.test(row) && /Role:\s*Support agent\s*Sales/.test(row),
        );
        const invited = rows.findIndex((row) => /Invited/.test(row) && row.includes(email));
        return deactivated !== -1 && deactivated < roleChanged && roleChanged < invited;
      })
      .toBe(true);
    for (const row of await auditRows(adminPage).allInnerTexts()) {
      expect(row).toContain(`User account #${userId}`);
    }

    // Filtering by action narrows the entries to the two updates, both by the admin.
    await adminPage.getByRole('combobox', { name: 'Action' }).selectOption({ label: 'Updated' });
    await adminPage.waitForURL(/action=update(&|$)/);
    await expect.poll(() => auditRows(adminPage).count()).toBe(2);
    for (const row of await auditRows(adminPage).allInnerTexts()) {
      expect(row).toContain(demoAdmin.email);
    }
  }, 120_000);

  it('tells the admin when someone else changed the account first, and recovers on reload', async () => {
    const adminToken = await signInThroughApi(demoAdmin);
    const { id } = await createStaffAccount(adminToken, {
      email: uniqueEmail('omar'),
      name: 'Omar Original',
      role: 'agent',
      password: 'Copper-kettle-morning-7',
    });
    const first = browser.page;
    const second = await browser.openPage();
    await Promise.all([signInAsAdmin(first), signInAsAdmin(second)]);
    for (const page of [first, second]) {
      await page.goto(adminUrl(`/users/${id}`));
      await page.getByRole('heading', { level: 1, name: 'Omar Original' }).waitFor();
    }

    await accountForm(first).getByRole('textbox', { name: 'Name' }).fill('Omar First');
    expect((await saveAccount(first, id)).status()).toBe(200);

    const stale = accountForm(second);
    await stale.getByRole('textbox', { name: 'Name' }).fill('Omar Second');
    expect((await saveAccount(second, id)).status()).toBe(412);
    const conflict = stale.getByRole('alert').filter({ hasText: 'Someone else changed this account' });
    await conflict.waitFor();

    await conflict.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => stale.getByRole('textbox', { name: 'Name' }).inputValue()).toBe('Omar First');
    await stale.getByRole('textbox', { name: 'Name' }).fill('Omar Second');
    expect((await saveAccount(second, id)).status()).toBe(200);
    await second.getByRole('heading', { level: 1, name: 'Omar Second' }).waitFor();
  });
});
