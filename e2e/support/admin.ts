import type { Page, Response } from 'playwright-core';
import { inject } from 'vitest';

/** A demo staff account (the suite runs in demo mode). */
export const demoAdmin = { email: 'admin@demo.local', password: 'Demo1234!' };

export const adminUrl = (path = '') => `${inject('suite').adminUrl}${path}`;

/** Opens the sign-in page and submits the form; resolves with the sign-in call's response. */
export async function submitAdminSignIn(
  page: Page,
  credentials: { email: string; password: string } = demoAdmin,
): Promise<Response> {
  await page.goto(adminUrl('/sign-in'));
  await page.getByRole('textbox', { name: 'Email' }).fill(credentials.email);
  await page.getByRole('textbox', { name: 'Password' }).fill(credentials.password);
  const response = page.waitForResponse(
    (candidate) => candidate.request().method() === 'POST' && candidate.url().endsWith('/api/auth/login'),
  );
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  return response;
}

/** The app's main navigation, where each section has its link. */
export const mainNavigation = (page: Page) => page.getByRole('navigation', { name: 'Main navigation' });

/** Signs in as the demo admin and waits for the first page of products. */
export async function signInAsAdmin(page: Page): Promise<void> {
  await submitAdminSignIn(page);
  await page.waitForURL('**/products');
  await rowLinks(page).first().waitFor();
}

/** The links in the first column of a list page: one per row once the list has loaded. */
export const rowLinks = (page: Page) => page.locator('tbody tr td:first-child a');

/** The refresh cookie the browser holds for the admin app, if any. */
export async function refreshCookie(page: Page) {
  const cookies = await page.context().cookies(adminUrl('/api/auth/refresh'));
  return cookies.find((cookie) => cookie.name === 'smartcrm_refresh_admin');
}
