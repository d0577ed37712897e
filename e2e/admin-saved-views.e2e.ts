import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { demoAdmin, rowLinks, submitAdminSignIn } from './support/admin';
import { createStaffAccount, getJson, postJson, signInThroughApi, uniqueEmail } from './support/api';
import { useBrowserPage } from './support/browser';
import './support/suite-urls';

const password = 'Harbour-view-saved-77';

type SavedView = {
  id: number;
  name: string;
  query: string;
  shared: boolean;
  mine: boolean;
  owner: { name: string };
};

/** A new staff account of the role (specs never change the shared demo accounts). */
async function newStaffAccount(adminToken: string, role: 'manager' | 'sales', name: string) {
  const account = { email: uniqueEmail(name.toLowerCase().replace(/\W+/g, '.')), name, role, password };
  await createStaffAccount(adminToken, account);
  return { ...account, token: await signInThroughApi(account) };
}

async function createTaggedProduct(
  adminToken: string,
  product: { name: string; price: string; tag: string },
) {
  const response = await postJson(
    '/api/products',
    {
      sku: `SV-${product.tag}-${product.name.split(' ')[0]}`,
      name: product.name,
      price: product.price,
      tags: [product.tag],
      status: 'active',
    },
    adminToken,
  );
  if (response.status !== 201) throw new Error(`Creating ${product.name} answered ${response.status}`);
}

async function signIn(page: Page, account: { email: string; password: string }) {
  const response = await submitAdminSignIn(page, account);
  expect(response.status()).toBe(200);
  await page.waitForURL('**/products');
  await rowLinks(page).first().waitFor();
}

/** The query a saved view keeps of the page's address: no page cursor, parameters by name. */
function viewQueryOf(page: Page): string {
  const search = new URL(page.url()).searchParams;
  search.delete('after');
  search.sort();
  return search.toString();
}

describe('admin: saved views are shared with the team from the server', () => {
  const browser = useBrowserPage();

  it('lets a manager share a filtered products view that a sales user applies but cannot delete', async () => {
    const adminToken = await signInThroughApi(demoAdmin);
    const manager = await newStaffAccount(adminToken, 'manager', 'Morgan Manager');
    const sales = await newStaffAccount(adminToken, 'sales', 'Sasha Sales');
    const tag = `sv${Date.now()}`;
    // Name order (Anchor, Buoy, Compass) differs from price order, so the view's sort shows in the rows.
    await createTaggedProduct(adminToken, { name: `Anchor ${tag}`, price: '30.00', tag });
    await createTaggedProduct(adminToken, { name: `Buoy ${tag}`, price: '10.00', tag });
    await createTaggedProduct(adminToken, { name: `Compass ${tag}`, price: '20.00', tag });
    const byPrice = [`Buoy ${tag}`, `Compass ${tag}`, `Anchor ${tag}`];
    const viewName = `Tagged by price ${tag}`;

    // The manager filters the products by the tag and sorts them by price.
    const page = browser.page;
    await signIn(page, manager);
    const tags = page.getByRole('combobox', { name: 'Tags' });
    await tags.fill(tag);
    await tags.press('Enter');
    await expect
      .poll(() => rowLinks(page).allTextContents())
      .toEqual([`Anchor ${tag}`, `Buoy ${tag}`, `Compass ${tag}`]);
    await page.getByRole('button', { name: 'Price', exact: true }).click();
    await expect.poll(() => rowLinks(page).allTextContents()).toEqual(byPrice);
    const managerQuery = viewQueryOf(page);
    expect(managerQuery).toBe(`sort=price&tags=${tag}`);

    // …and saves that as a view shared with the team.
    await page.getByRole('button', { name: 'Saved views' }).click();
    await page.getByRole('textbox', { name: 'Save the current view as' }).fill(viewName);
    const share = page.getByRole('switch', { name: 'Share with the team' });
    await share.check();
    expect(await share.isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const managerViews = page.getByRole('list', { name: 'Your views' });
    await managerViews.getByRole('button', { name: viewName, exact: true }).waitFor();
    await managerViews.getByText('Shared', { exact: true }).waitFor();
    await page.getByRole('button', { name: `View: ${viewName}` }).waitFor();
    const stored = await getJson<{ items: SavedView[] }>('/api/saved-views?list=products', sales.token);
    const shared = stored.items.find((view) => view.name === viewName);
    expect(shared).toMatchObject({
      query: managerQuery,
      shared: true,
      mine: false,
      owner: { name: 'Morgan Manager' },
    });

    // A sales user, in another browser, finds it in their menu of the same list, with its owner.
    const salesPage = await browser.openPage();
    await signIn(salesPage, sales);
    expect(new URL(salesPage.url()).search).toBe('');
    await salesPage.getByRole('button', { name: 'Saved views' }).click();
    const teamViews = salesPage.getByRole('list', { name: 'Shared by the team' });
    const teamView = teamViews.getByRole('listitem').filter({ hasText: viewName });
    await teamView.getByText('by Morgan Manager').waitFor();
    // Someone else's view: nothing offers to change or delete it.
    expect(await teamView.getByRole('button', { name: `Delete the view ${viewName}` }).count()).toBe(0);
    expect(await teamView.getByRole('button', { name: `Edit the view ${viewName}` }).count()).toBe(0);

    // Applying it gives the same rows, in the same order, and the same address.
    await teamView.getByRole('button', { name: viewName, exact: true }).click();
    await expect.poll(() => rowLinks(salesPage).allTextContents()).toEqual(byPrice);
    expect(viewQueryOf(salesPage)).toBe(managerQuery);
    await salesPage.getByRole('button', { name: `View: ${viewName}` }).waitFor();

    // The server refuses the delete too, and the view stays.
    const refused = await fetch(`${inject('suite').apiUrl}/api/saved-views/${shared?.id}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${sales.token}` },
    });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { code: string }).code).toBe('not_owner');
    const after = await getJson<{ items: SavedView[] }>('/api/saved-views?list=products', manager.token);
    expect(after.items.map((view) => view.name)).toContain(viewName);
  });
});
