import type { Page, Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { adminUrl, refreshCookie, rowLinks, submitAdminSignIn } from './support/admin';
import { useBrowserPage } from './support/browser';
import './support/suite-urls';

// Access tokens are JWTs: three base64url parts, the first two JSON objects ("eyJ" is `{"`).
const jwtPattern = /eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/;

async function signInAndWaitForProducts(page: Page): Promise<Response> {
  const signIn = await submitAdminSignIn(page);
  await page.waitForURL('**/products');
  await rowLinks(page).first().waitFor();
  return signIn;
}

async function openUserMenu(page: Page) {
  await page.getByRole('button', { name: /^Account menu for / }).click();
}

/** Everything the page keeps in localStorage and sessionStorage, as `key=value` lines. */
function webStorage(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [localStorage, sessionStorage].flatMap((storage) =>
      Object.entries(storage).map(([key, value]) => `${key}=${value}`),
    ),
  );
}

const isRenewal = (response: Response) =>
  response.url().endsWith('/api/auth/refresh') && response.status() === 200;

describe('admin: the session survives a reload and ends where the user says', () => {
  const browser = useBrowserPage();

  it('keeps the user signed in across a reload, with no token in web storage', async () => {
    const { page } = browser;
    await signInAndWaitForProducts(page);
    expect(await refreshCookie(page)).toMatchObject({
      httpOnly: true,
      sameSite: 'Strict',
      path: '/api/auth',
    });

    // Records whether the sign-in form ever shows while the reloaded page restores the session.
    await page.addInitScript(() => {
      new MutationObserver(() => {
        if (document.querySelector('input[autocomplete="current-password"]'))
          Reflect.set(window, 'sawSignInForm', true);
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    await rowLinks(page).first().waitFor();

    expect(page.url()).toBe(adminUrl('/products'));
    expect(await page.evaluate(() => Reflect.get(window, 'sawSignInForm') ?? false)).toBe(false);
    const stored = await webStorage(page);
    expect(stored.filter((entry) => jwtPattern.test(entry))).toEqual([]);
    expect(stored.filter((entry) => entry.startsWith('smartcrm.admin.session='))).toEqual([]);
  });

  it('signs out: the refresh cookie is gone and a reload stays on the sign-in page', async () => {
    const { page } = browser;
    await signInAndWaitForProducts(page);

    await openUserMenu(page);
    await page.getByRole('menuitem', { name: 'Sign out', exact: true }).click();
    await page.waitForURL('**/sign-in');
    await page.getByRole('textbox', { name: 'Email' }).waitFor();
    expect(await refreshCookie(page)).toBeUndefined();

    await page.reload();
    await page.getByRole('textbox', { name: 'Email' }).waitFor();
    expect(page.url()).toContain('/sign-in');

    await page.goto(adminUrl('/products'));
    await page.waitForURL('**/sign-in');
    await page.getByRole('textbox', { name: 'Email' }).waitFor();
  });

  it('signs out everywhere: another browser is sent to sign in on its next call', async () => {
    const first = browser.page;
    const second = await browser.openPage();
    await signInAndWaitForProducts(first);
    await signInAndWaitForProducts(second);

    await openUserMenu(first);
    await first.getByRole('menuitem', { name: 'Sign out everywhere' }).click();
    await first.waitForURL('**/sign-in');
    await first.getByRole('textbox', { name: 'Email' }).waitFor();

    // Its access token is revoked and its refresh cookie no longer renews anything.
    await second
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Clients' })
      .click();
    await second.waitForURL('**/sign-in');
    await second.getByRole('status').filter({ hasText: 'Your session has ended' }).waitFor();

    await second.reload();
    await second.getByRole('textbox', { name: 'Email' }).waitFor();
    expect(second.url()).toContain('/sign-in');
  });

  it('renews the token once for calls that answer 401 together, and retries them', async () => {
    const { page } = browser;
    // Stands in for an expired access token: every call carrying one answers 401 until the app presents
    // its refresh cookie. (A token renewed within the same second can be byte-identical to the old one,
    // so the fake cannot tell the tokens apart by value.)
    let renewalAsked = false;
    let expiredAnswers = 0;
    await page.route('**/api/**', async (route) => {
      const request = route.request();
      if (request.url().endsWith('/api/auth/refresh')) {
        if ((await request.headerValue('cookie'))?.includes('smartcrm_refresh_admin=')) renewalAsked = true;
        return route.continue();
      }
      if (renewalAsked || !(await request.headerValue('authorization'))) return route.continue();
      expiredAnswers += 1;
      return route.fulfill({
        status: 401,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'about:blank',
          title: 'Unauthorized',
          status: 401,
          detail: 'The access token has expired',
          code: 'token_expired',
        }),
      });
    });
    let renewals = 0;
    page.on('response', (response) => {
      if (isRenewal(response)) renewals += 1;
    });

    await signInAndWaitForProducts(page);

    // The products list and the current user are both asked for at once after signing in.
    expect(expiredAnswers).toBeGreaterThanOrEqual(2);
    await expect.poll(() => renewals).toBe(1);
    await page.getByTestId('current-user-name').waitFor();
  });

  it('renews the token shortly before it expires, without a call failing first', async () => {
    const { page } = browser;
    await page.clock.install();
    const signIn = await signInAndWaitForProducts(page);
    const { expiresIn } = (await signIn.json()) as { expiresIn: number };

    const renewal = page.waitForResponse(isRenewal);
    await page.clock.fastForward((expiresIn - 30) * 1000);
    await renewal;

    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Clients' })
      .click();
    await page.waitForURL('**/clients');
    await rowLinks(page).first().waitFor();
  });
});
