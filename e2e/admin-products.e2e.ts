import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { adminUrl, mainNavigation, rowLinks, submitAdminSignIn } from './support/admin';
import { getJson } from './support/api';
import { useBrowserPage } from './support/browser';
import './support/suite-urls';
import { inject } from 'vitest';

const demoManager = { email: 'manager@demo.local', password: 'Demo1234!' };
const demoSales = { email: 'sales@demo.local', password: 'Demo1234!' };

type Product = { id: number; version: number; price: string; status: string };
type Stock = { onHand: number; reserved: number; available: number; reorderLevel: number; low: boolean };
type Movement = {
  kind: string;
  onHandChange: number;
  onHandAfter: number;
  reason: string | null;
  createdByName: string | null;
};
type Quote = { lines: { unitPrice: string; explanation: { summary: string; appliedRuleIds: number[] } }[] };

/** Signs in through the form and returns the session's access token, read from the sign-in answer. */
async function signIn(page: Page, credentials: { email: string; password: string }): Promise<string> {
  const response = await submitAdminSignIn(page, credentials);
  expect(response.status()).toBe(200);
  await page.waitForURL('**/products');
  await rowLinks(page).first().waitFor();
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** Resolves with the next answer to `method` on a URL path matching `path`. */
function nextResponse(page: Page, method: string, path: RegExp) {
  return page.waitForResponse(
    (response) => response.request().method() === method && path.test(new URL(response.url()).pathname),
  );
}

/** What a `datetime-local` input shows for a moment, in the browser's (the machine's) time zone. */
function localInput(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const usd = (amount: string) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(amount as `${number}`);

describe('admin: products, stock and prices', () => {
  const browser = useBrowserPage();

  it('lets a manager build a product from category to discontinuation, with stock, a promotion and a quote', async () => {
    const { page } = browser;
    const token = await signIn(page, demoManager);
    const suffix = Date.now().toString(36);
    const categoryName = `Headsets ${suffix}`;
    const sku = `HS-${suffix}`.toUpperCase();
    const productName = `Studio headset ${suffix}`;

    // A category for it, at the top of the tree.
    await mainNavigation(page).getByRole('link', { name: 'Categories' }).click();
    await page.waitForURL('**/categories');
    await page.getByRole('button', { name: 'New category' }).click();
    const categoryDialog = page.getByRole('dialog', { name: 'New category' });
    await categoryDialog.getByRole('textbox', { name: 'Name' }).fill(categoryName);
    const categoryCreated = nextResponse(page, 'POST', /^\/api\/categories$/);
    await categoryDialog.getByRole('button', { name: 'Create category' }).click();
    expect((await categoryCreated).status()).toBe(201);
    await page
      .getByRole('status')
      .filter({ hasText: `${categoryName} saved.` })
      .waitFor();
    await page.getByRole('listitem', { name: categoryName }).waitFor();

    // The product, as a draft in that category.
    await mainNavigation(page).getByRole('link', { name: 'Products' }).click();
    await page.getByRole('link', { name: 'New product' }).click();
    await page.waitForURL('**/products/new');
    const form = page.getByRole('form', { name: 'New product' });
    await form.getByRole('textbox', { name: 'SKU' }).fill(sku);
    await form.getByRole('textbox', { name: 'Name' }).fill(productName);
    await form.getByLabel('Category', { exact: true }).click();
    await page.getByRole('option', { name: categoryName }).click();
    await form.getByRole('textbox', { name: 'List price' }).fill('120');
    await form.getByRole('textbox', { name: 'Cost' }).fill('70.5');
    await form.getByRole('textbox', { name: 'Reorder level' }).fill('40');
    await form.getByRole('combobox', { name: 'Tags' }).fill('Audio');
    await form.getByRole('combobox', { name: 'Tags' }).press('Enter');
    // Two pictures: one the page may load (same origin), one it cannot (elsewhere), which says so.
    const imageUrls = [adminUrl('/favicon.svg'), `https://images.example.com/${suffix}.png`];
    for (const [index, url] of imageUrls.entries()) {
      await form.getByRole('button', { name: 'Add an image' }).click();
      await form.getByRole('textbox', { name: `Image ${index + 1} address` }).fill(url);
    }
    const preview = form.getByRole('img', { name: 'Preview of image 1' });
    await expect
      .poll(() => preview.evaluate((image: HTMLImageElement) => image.naturalWidth))
      .toBeGreaterThan(0);
    await form.getByRole('img', { name: 'The picture could not be shown here' }).waitFor();
    await form.getByRole('button', { name: 'Add a specification' }).click();
    await form.getByRole('textbox', { name: 'Specification 1 name' }).fill('Colour');
    await form.getByRole('textbox', { name: 'Specification 1 value' }).fill('Black');
    const productCreated = nextResponse(page, 'POST', /^\/api\/products$/);
    await form.getByRole('button', { name: 'Create product' }).click();
    const createdResponse = await productCreated;
    expect(createdResponse.status()).toBe(201);
    const created = (await createdResponse.json()) as Product & Record<string, unknown>;
    expect(created).toMatchObject({
      sku,
      name: productName,
      price: '120.00',
      cost: '70.50',
      status: 'draft',
      tags: ['audio'],
      images: imageUrls,
      specifications: { Colour: 'Black' },
      reorderLevel: 40,
      categoryName,
      allowedTransitions: ['active', 'archived'],
    });
    await page.waitForURL(`**/products/${created.id}`);
    await page.getByRole('heading', { level: 1, name: productName }).waitFor();
    await page.getByRole('row', { name: 'Colour Black' }).waitFor();
    // The lifecycle offers exactly the moves the server says a draft may make.
    await page.getByRole('button', { name: 'Archive' }).waitFor();
    expect(await page.getByRole('button', { name: 'Discontinue' }).count()).toBe(0);

    // Activated with a reason, which the history keeps.
    await page.getByRole('button', { name: 'Activate' }).click();
    const activation = page.getByRole('dialog', { name: 'Activate this product?' });
    await activation.getByRole('textbox', { name: 'Reason' }).fill('Launch');
    const activated = nextResponse(page, 'POST', new RegExp(`^/api/products/${created.id}/status$`));
    await activation.getByRole('button', { name: 'Activate' }).click();
    const activatedResponse = await activated;
    expect(activatedResponse.status()).toBe(200);
    expect(await activatedResponse.request().headerValue('if-match')).toBe(`"${created.version}"`);
    expect(await activatedResponse.json()).toMatchObject({ allowedTransitions: ['discontinued'] });
    await page.getByRole('status').filter({ hasText: 'The product is now Active.' }).waitFor();
    await page.getByRole('tabpanel', { name: 'Details' }).getByText('Launch', { exact: true }).waitFor();
    // Active products only move on to discontinued.
    await page.getByRole('button', { name: 'Discontinue' }).waitFor();
    expect(await page.getByRole('button', { name: 'Archive' }).count()).toBe(0);

    // Someone changes the price while the manager edits: the stale save is refused and the form reloaded.
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.waitForURL(`**/products/${created.id}/edit`);
    const editForm = page.getByRole('form', { name: 'Product' });
    await editForm.getByRole('textbox', { name: 'Description' }).fill('Closed-back studio headset');
    const sneaked = await fetch(`${inject('suite').apiUrl}/api/products/${created.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ price: '125.00' }),
    });
    expect(sneaked.status).toBe(200);
    const staleSave = nextResponse(page, 'PATCH', new RegExp(`^/api/products/${created.id}$`));
    await editForm.getByRole('button', { name: 'Save changes' }).click();
    expect((await staleSave).status()).toBe(412);
    await page.getByRole('alert').filter({ hasText: 'Someone else changed this product' }).waitFor();
    await expect
      .poll(() => editForm.getByRole('textbox', { name: 'List price' }).inputValue())
      .toBe('125.00');
    expect(await editForm.getByRole('textbox', { name: 'Description' }).inputValue()).toBe('');
    await editForm.getByRole('textbox', { name: 'Description' }).fill('Closed-back studio headset');
    const freshSave = nextResponse(page, 'PATCH', new RegExp(`^/api/products/${created.id}$`));
    await editForm.getByRole('button', { name: 'Save changes' }).click();
    const saved = await freshSave;
    expect(saved.status()).toBe(200);
    // The save changed the description only: the price someone else set is still there.
    expect(await getJson<Record<string, unknown>>(`/api/products/${created.id}`, token)).toMatchObject({
      description: 'Closed-back studio headset',
      price: '125.00',
    });
    await page.waitForURL(`**/products/${created.id}`);
    await page.getByRole('status').filter({ hasText: 'Changes saved.' }).waitFor();
    await expect.poll(() => page.getByTestId('product-price').textContent()).toBe(usd('125.00'));
    await page.getByText('Closed-back studio headset').waitFor();

    // Stock: a receipt, then an adjustment, which will not go without a reason.
    await page.getByRole('tab', { name: 'Stock' }).click();
    const movementForm = page.getByRole('form', { name: 'Record a stock movement' });
    await movementForm.getByRole('textbox', { name: 'Quantity' }).fill('40');
    await movementForm.getByRole('textbox', { name: 'Reason' }).fill('PO-1001');
    const receipt = nextResponse(page, 'POST', new RegExp(`^/api/products/${created.id}/movements$`));
    await movementForm.getByRole('button', { name: 'Record receipt' }).click();
    expect((await receipt).status()).toBe(201);
    await page
      .getByRole('status')
      .filter({ hasText: 'Receipt recorded: 40 on hand, 40 available.' })
      .waitFor();

    // The segmented control's radios are visually hidden behind their labels, which take the click.
    await movementForm.getByText('Adjustment', { exact: true }).click();
    expect(await movementForm.getByRole('radio', { name: 'Adjustment' }).isChecked()).toBe(true);
    await movementForm.getByRole('textbox', { name: 'Quantity' }).fill('-3');
    await movementForm.getByRole('button', { name: 'Record adjustment' }).click();
    await movementForm.getByText('An adjustment needs a reason').waitFor();
    await movementForm.getByRole('textbox', { name: 'Reason' }).fill('Damaged in transit');
    const adjustment = nextResponse(page, 'POST', new RegExp(`^/api/products/${created.id}/movements$`));
    await movementForm.getByRole('button', { name: 'Record adjustment' }).click();
    expect((await adjustment).status()).toBe(201);
    await page
      .getByRole('status')
      .filter({ hasText: 'Adjustment recorded: 37 on hand, 37 available.' })
      .waitFor();

    const stock = await getJson<Stock>(`/api/products/${created.id}/stock`, token);
    expect(stock).toMatchObject({ onHand: 37, reserved: 0, available: 37, reorderLevel: 40, low: true });
    await expect.poll(() => page.getByTestId('stock-available').textContent()).toBe('37');
    expect(await page.getByTestId('stock-onHand').textContent()).toBe('37');
    expect(await page.getByTestId('stock-reserved').textContent()).toBe('0');
    await page.getByText('Available stock is at or below the reorder level.').waitFor();

    // The ledger shows both movements, newest first, as the server recorded them.
    const ledger = await getJson<{ items: Movement[] }>(`/api/products/${created.id}/movements`, token);
    expect(
      ledger.items.map(({ kind, onHandChange, onHandAfter, reason, createdByName }) => [
        kind,
        onHandChange,
        onHandAfter,
        reason,
        createdByName,
      ]),
    ).toEqual([
      ['adjustment', -3, 37, 'Damaged in transit', 'Max Manager'],
      ['receipt', 40, 40, 'PO-1001', 'Max Manager'],
    ]);
    const ledgerRows = page.getByRole('table', { name: 'Stock ledger' }).locator('tbody tr');
    await expect.poll(() => ledgerRows.count()).toBe(2);
    const [newest, oldest] = await ledgerRows.allInnerTexts();
    expect(newest).toMatch(/Adjustment\s+−3\s+0\s+37\s+0\s+37\s+Damaged in transit\s+by you/);
    expect(oldest).toMatch(/Receipt\s+\+40\s+0\s+40\s+0\s+40\s+PO-1001/);

    // A 10% promotion for this product, running from yesterday for a week.
    await page.getByRole('tab', { name: 'Pricing' }).click();
    await page.getByRole('button', { name: 'New rule for this product' }).click();
    const ruleDialog = page.getByRole('dialog', { name: 'New price rule' });
    await ruleDialog.getByRole('textbox', { name: 'Name' }).fill(`Launch promo ${suffix}`);
    await ruleDialog.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Promotion' });
    await expect
      .poll(() => ruleDialog.getByRole('combobox', { name: 'Product' }).inputValue())
      .toBe(`${productName} (${sku})`);
    const day = 24 * 60 * 60 * 1000;
    await ruleDialog.getByLabel('Starts').fill(localInput(new Date(Date.now() - day)));
    await ruleDialog.getByLabel('Ends').fill(localInput(new Date(Date.now() + 7 * day)));
    await ruleDialog.getByRole('textbox', { name: 'Percent off' }).fill('10');
    // A name longer than the server takes: its 400 names the field, and the message shows on it.
    const ruleName = ruleDialog.getByRole('textbox', { name: 'Name' });
    await ruleName.fill('x'.repeat(256));
    const refused = nextResponse(page, 'POST', /^\/api\/price-rules$/);
    await ruleDialog.getByRole('button', { name: 'Create rule' }).click();
    const refusal = await refused;
    expect(refusal.status()).toBe(400);
    const { errors } = (await refusal.json()) as { errors: { parameter: string; message: string }[] };
    expect(errors.map((error) => error.parameter)).toEqual(['body.name']);
    await ruleDialog.getByText(errors[0]?.message ?? '-', { exact: true }).waitFor();
    expect(await ruleName.getAttribute('aria-invalid')).toBe('true');
    await ruleName.fill(`Launch promo ${suffix}`);
    const ruleCreated = nextResponse(page, 'POST', /^\/api\/price-rules$/);
    await ruleDialog.getByRole('button', { name: 'Create rule' }).click();
    const ruleResponse = await ruleCreated;
    expect(ruleResponse.status()).toBe(201);
    const rule = (await ruleResponse.json()) as { id: number };
    expect(await ruleResponse.json()).toMatchObject({
      kind: 'promotion',
      productId: created.id,
      categoryId: null,
      percentOff: '10.00',
      fixedPrice: null,
      amountOff: null,
      isActive: true,
    });
    await page.getByRole('status').filter({ hasText: 'Price rule saved.' }).waitFor();
    const rulesTable = page.getByRole('table', { name: 'Price rules for this product' });
    await rulesTable
      .getByRole('row')
      .filter({ hasText: `Launch promo ${suffix}` })
      .filter({ hasText: '10% off' })
      .waitFor();

    // The quote box prices two units with it, and says why.
    const quoteForm = page.getByRole('form', { name: 'Try a quote' });
    await quoteForm.getByRole('textbox', { name: 'Quantity' }).fill('2');
    const quoted = nextResponse(page, 'POST', /^\/api\/catalog\/quote$/);
    await quoteForm.getByRole('button', { name: 'Get quote' }).click();
    const quoteResponse = await quoted;
    expect(quoteResponse.status()).toBe(200);
    const [line] = ((await quoteResponse.json()) as Quote).lines;
    expect(line?.unitPrice).toBe('112.50');
    expect(line?.explanation.appliedRuleIds).toEqual([rule.id]);
    await expect.poll(() => page.getByTestId('quote-unit-price').textContent()).toBe(usd('112.50'));
    expect(await page.getByTestId('quote-list-price').textContent()).toBe(usd('125.00'));
    expect(await page.getByTestId('quote-line-total').textContent()).toBe(usd('225.00'));
    expect(await page.getByTestId('quote-available').textContent()).toBe('37');
    const summary = await page.getByTestId('quote-summary').textContent();
    expect(summary).toBe(line?.explanation.summary);
    expect(summary).toContain(`promotion "Launch promo ${suffix}" → 112.50`);
    await page
      .getByRole('table', { name: 'Rules considered' })
      .getByRole('row')
      .filter({ hasText: `Launch promo ${suffix}` })
      .filter({ hasText: 'Applied' })
      .waitFor();

    // The list finds it by category and low stock, with its available stock and the badge.
    await mainNavigation(page).getByRole('link', { name: 'Products' }).click();
    await page.waitForURL('**/products');
    await page.getByLabel('Category', { exact: true }).click();
    await page.getByRole('option', { name: categoryName }).click();
    await page.waitForURL(/categoryId=\d+/);
    // The dropdown closes with an animation; clicking through it would pick another option.
    await page.getByRole('option', { name: categoryName }).waitFor({ state: 'hidden' });
    // The filter lives in the URL, so the box is ticked once the router has moved there.
    const lowStockOnly = page.getByRole('checkbox', { name: 'Low stock only' });
    await lowStockOnly.click();
    await page.waitForURL(/categoryId=\d+.*lowStock=true|lowStock=true.*categoryId=\d+/);
    await expect.poll(() => lowStockOnly.isChecked()).toBe(true);
    await expect.poll(() => rowLinks(page).allTextContents()).toEqual([productName]);
    const row = page.locator('tbody tr').filter({ hasText: productName });
    expect(await row.getByTestId('stock-available').innerText()).toMatch(/Low stock\s*37/);

    // Discontinued, with a reason; it is no longer reported as low, and can now be archived.
    await rowLinks(page).first().click();
    await page.getByRole('heading', { level: 1, name: productName }).waitFor();
    await page.getByRole('button', { name: 'Discontinue' }).click();
    const discontinuation = page.getByRole('dialog', { name: 'Discontinue this product?' });
    await discontinuation.getByRole('textbox', { name: 'Reason' }).fill('End of line');
    const discontinued = nextResponse(page, 'POST', new RegExp(`^/api/products/${created.id}/status$`));
    await discontinuation.getByRole('button', { name: 'Discontinue' }).click();
    expect((await discontinued).status()).toBe(200);
    await page.getByRole('status').filter({ hasText: 'The product is now Discontinued.' }).waitFor();
    await page.getByRole('button', { name: 'Archive' }).waitFor();
    await page.getByRole('button', { name: 'Activate' }).waitFor();
    expect(await page.getByRole('button', { name: 'Discontinue' }).count()).toBe(0);
    await page.getByRole('tabpanel', { name: 'Details' }).getByText('End of line', { exact: true }).waitFor();
    const after = await getJson<Product & { lowStock: boolean }>(`/api/products/${created.id}`, token);
    expect(after).toMatchObject({ status: 'discontinued', lowStock: false });
    await expect.poll(() => page.getByText('Low stock', { exact: true }).count()).toBe(0);

    // On the price rules page, filtered to this product, the rule is edited (If-Match) and then deleted.
    await page.getByRole('tab', { name: 'Pricing' }).click();
    await page.getByRole('link', { name: 'Open in price rules' }).click();
    await page.waitForURL(`**/price-rules?productId=${created.id}`);
    const ruleRows = page.locator('tbody tr');
    await expect.poll(() => ruleRows.allInnerTexts()).toHaveLength(1);
    await page.getByRole('button', { name: `Edit Launch promo ${suffix}` }).click();
    const editRule = page.getByRole('dialog', { name: 'Price rule' });
    // The form opens with the rule as it is; wait for it (and the dialog's opening) before changing it.
    const percentOff = editRule.getByRole('textbox', { name: 'Percent off' });
    await expect.poll(() => percentOff.inputValue()).toMatch(/^10(\.00?)?$/);
    await editRule.getByRole('button', { name: 'Save changes' }).waitFor({ state: 'visible' });
    await percentOff.fill('15');
    const ruleSaved = nextResponse(page, 'PATCH', new RegExp(`^/api/price-rules/${rule.id}$`));
    await editRule.getByRole('button', { name: 'Save changes' }).click();
    const ruleSave = await ruleSaved;
    expect(ruleSave.status()).toBe(200);
    expect(await ruleSave.request().headerValue('if-match')).toBe('"1"');
    await page.getByRole('status').filter({ hasText: 'Price rule saved.' }).waitFor();
    await ruleRows.filter({ hasText: '15% off' }).waitFor();
    await page.getByRole('button', { name: `Delete Launch promo ${suffix}` }).click();
    const ruleDeleted = nextResponse(page, 'DELETE', new RegExp(`^/api/price-rules/${rule.id}$`));
    await page
      .getByRole('dialog', { name: 'Delete this price rule?' })
      .getByRole('button', { name: 'Delete rule' })
      .click();
    expect((await ruleDeleted).status()).toBe(204);
    await page.getByText('No records match these filters.').waitFor();

    // The category still holds the product: deleting it is refused with the server's reason; renaming works.
    await mainNavigation(page).getByRole('link', { name: 'Categories' }).click();
    await page.getByRole('button', { name: `Delete ${categoryName}` }).click();
    const deleteCategory = page.getByRole('dialog', { name: `Delete ${categoryName}?` });
    const refusedDelete = nextResponse(page, 'DELETE', /^\/api\/categories\/\d+$/);
    await deleteCategory.getByRole('button', { name: 'Delete category' }).click();
    expect((await refusedDelete).status()).toBe(409);
    await deleteCategory
      .getByRole('alert')
      .filter({ hasText: 'This category is not empty' })
      .filter({ hasText: 'still has 1 products' })
      .waitFor();
    await deleteCategory.getByRole('button', { name: 'Close', exact: true }).first().click();
    await page.getByRole('button', { name: `Rename ${categoryName}` }).click();
    const renameDialog = page.getByRole('dialog', { name: `Rename ${categoryName}` });
    await renameDialog.getByRole('textbox', { name: 'Name' }).fill(`${categoryName} (old)`);
    await renameDialog.getByRole('button', { name: 'Rename' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${categoryName} (old) saved.` })
      .waitFor();
    await page.getByRole('listitem', { name: `${categoryName} (old)` }).waitFor();
  });

  it('shows a sales user the catalog without any way to change it', async () => {
    const { page } = browser;
    await signIn(page, demoSales);
    await page.getByRole('heading', { level: 1, name: 'Products' }).waitFor();
    expect(await page.getByRole('link', { name: 'New product' }).count()).toBe(0);

    await rowLinks(page).first().click();
    await page.getByRole('tab', { name: 'Details' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Lifecycle' }).waitFor();
    expect(await page.getByRole('link', { name: 'Edit' }).count()).toBe(0);
    for (const action of ['Activate', 'Discontinue', 'Archive', 'Delete draft']) {
      expect(await page.getByRole('button', { name: action, exact: true }).count()).toBe(0);
    }

    await page.getByRole('tab', { name: 'Stock' }).click();
    await page
      .getByRole('table', { name: 'Stock ledger' })
      .or(page.getByText('No movements'))
      .first()
      .waitFor();
    await page.getByTestId('stock-available').waitFor();
    expect(await page.getByRole('form', { name: 'Record a stock movement' }).count()).toBe(0);

    // Sales price quotes, but do not set prices.
    await page.getByRole('tab', { name: 'Pricing' }).click();
    await page.getByRole('form', { name: 'Try a quote' }).waitFor();
    expect(await page.getByRole('button', { name: 'New rule for this product' }).count()).toBe(0);

    await page.goto(adminUrl('/products/new'));
    await page.getByText('Your role can see products but not change them.').waitFor();
    expect(await page.getByRole('form', { name: 'New product' }).count()).toBe(0);

    await mainNavigation(page).getByRole('link', { name: 'Categories' }).click();
    await page.getByRole('heading', { level: 1, name: 'Categories' }).waitFor();
    await page.getByRole('listitem').first().waitFor();
    expect(await page.getByRole('button', { name: 'New category' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^(Rename|Move|Delete) / }).count()).toBe(0);

    await mainNavigation(page).getByRole('link', { name: 'Price rules' }).click();
    await page.getByRole('heading', { level: 1, name: 'Price rules' }).waitFor();
    await page.getByRole('table').or(page.getByText('Nothing found')).first().waitFor();
    expect(await page.getByRole('button', { name: 'New price rule' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^(Edit|Delete) / }).count()).toBe(0);
  });
});
