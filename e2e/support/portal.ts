import type { Page, Response } from 'playwright-core';
import { inject } from 'vitest';

/** The demo customer account (the suite runs in demo mode). */
export const demoCustomer = { email: 'customer@demo.local', password: 'Demo1234!' };

export const portalUrl = (path = '') => `${inject('suite').portalUrl}${path}`;

/** Fills the portal's sign-in form (already open) and submits it; resolves with the sign-in call's response. */
export async function submitPortalSignIn(
  page: Page,
  credentials: { email: string; password: string },
): Promise<Response> {
  const main = page.getByRole('main');
  await main.getByRole('textbox', { name: 'Email', exact: true }).fill(credentials.email);
  await main.getByRole('textbox', { name: 'Password', exact: true }).fill(credentials.password);
  const response = page.waitForResponse(
    (candidate) => candidate.request().method() === 'POST' && candidate.url().endsWith('/api/auth/login'),
  );
  await main.getByRole('button', { name: 'Sign in', exact: true }).click();
  return response;
}
