import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getJson } from './support/api';
import { useBrowserPage } from './support/browser';
import { demoCustomer, portalUrl, submitPortalSignIn } from './support/portal';
import './support/suite-urls';

type Order = { id: number; clientId: number };
type OrderPage = { items: Order[]; nextCursor: string | null };
type SignedIn = { accessToken: string; user: { name: string | null; clientId: number | null; role: string } };

/** The order numbers the account page lists, in order, once the list has loaded. */
async function listedOrderIds(page: Page): Promise<number[]> {
  const orders = page.getByRole('table', { name: 'Your orders' });
  await orders.getByRole('rowheader').first().waitFor();
  const numbers = await orders.getByRole('rowheader').allTextContents();
  return numbers.map((text) => Number(text.replace('#', '')));
}

describe('portal: customer accounts from sign-up to sign-out', () => {
  const browser = useBrowserPage();

  it('lets a new visitor sign up, verify the email with the demo link, sign in and see their account', async () => {
    const { page } = browser;
    const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
    const visitor = {
      name: 'Robin Newcomer',
      company: `Harbour Lantern ${stamp}`,
      // A company domain of its own, so verification makes a new lead client rather than joining one.
      email: `robin@lantern-${stamp}.example`,
      password: 'Quiet-Harbour-Lantern-42',
    };

    await page.goto(portalUrl());
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
    await page.waitForURL('**/sign-in');
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.waitForURL('**/sign-up');

    const form = page.getByRole('form', { name: 'Create your account' });
    await form.getByRole('textbox', { name: 'Your name' }).fill(visitor.name);
    await form.getByRole('textbox', { name: 'Company' }).fill(visitor.company);
    await form.getByRole('textbox', { name: 'Email' }).fill(visitor.email);
    await form.getByRole('textbox', { name: 'Password', exact: true }).fill(visitor.password);
    await form.getByRole('textbox', { name: 'Confirm password' }).fill(visitor.password);
    const signUp = page.waitForResponse((response) => response.url().endsWith('/api/auth/signup'));
    await form.getByRole('button', { name: 'Create account' }).click();
    expect((await signUp).status()).toBe(202);

    await page.getByRole('status').filter({ hasText: 'Check your email' }).waitFor();
    const verificationLink = page.getByRole('link', { name: 'Verify my email address' });
    const href = await verificationLink.getAttribute('href');
    expect(href?.startsWith(portalUrl('/verify-email?token='))).toBe(true);
    await verificationLink.click();
    await page.waitForURL('**/verify-email?token=*');
    await page.getByRole('status').filter({ hasText: 'Email verified' }).waitFor();

    await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
    await page.waitForURL('**/sign-in');
    const signIn = await submitPortalSignIn(page, visitor);
    expect(signIn.status()).toBe(200);
    const { user } = (await signIn.json()) as SignedIn;
    expect(user).toMatchObject({ role: 'customer', name: visitor.name });
    expect(user.clientId).not.toBeNull();

    await page.waitForURL('**/account');
    await page.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
    await page.getByText(`Welcome, ${visitor.name}`).waitFor();
    expect(await page.getByRole('textbox', { name: 'Name', exact: true }).inputValue()).toBe(visitor.name);
    await page.getByRole('button', { name: `Account menu for ${visitor.name}` }).waitFor();
    // A brand-new customer has nothing yet.
    await page.getByText('No orders yet').waitFor();
  });

  it('shows the demo customer only their company’s orders, and signs out', async () => {
    const { page } = browser;
    await page.goto(portalUrl('/account'));
    // Not signed in yet: the account page sends the visitor to sign in first, and back after.
    await page.waitForURL('**/sign-in');

    const signIn = await submitPortalSignIn(page, demoCustomer);
    expect(signIn.status()).toBe(200);
    const { accessToken, user } = (await signIn.json()) as SignedIn;
    await page.waitForURL('**/account');

    const listed = await listedOrderIds(page);
    const firstPage = await getJson<OrderPage>('/api/orders?limit=5&sort=-orderDate', accessToken);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed).toEqual(firstPage.items.map((order) => order.id));
    expect(new Set(firstPage.items.map((order) => order.clientId))).toEqual(new Set([user.clientId]));

    if (firstPage.nextCursor) {
      const secondPage = await getJson<OrderPage>(
        `/api/orders?limit=5&sort=-orderDate&cursor=${encodeURIComponent(firstPage.nextCursor)}`,
        accessToken,
      );
      await page
        .getByRole('navigation', { name: 'Order pages' })
        .getByRole('button', { name: 'Next' })
        .click();
      const firstSecondId = String(secondPage.items[0]?.id);
      await page
        .getByRole('table', { name: 'Your orders' })
        .getByRole('rowheader', { name: `#${firstSecondId}`, exact: true })
        .waitFor();
      expect(await listedOrderIds(page)).toEqual(secondPage.items.map((order) => order.id));
      expect(new Set(secondPage.items.map((order) => order.clientId))).toEqual(new Set([user.clientId]));
    }

    await page.getByRole('button', { name: /^Account menu for / }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
    await page.waitForURL('**/sign-in');

    // A fresh load has no session to restore any more.
    await page.goto(portalUrl('/account'));
    await page.waitForURL('**/sign-in');
    await page.getByRole('main').getByRole('textbox', { name: 'Email', exact: true }).waitFor();
  });
});
