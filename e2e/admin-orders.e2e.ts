import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminUrl, demoAdmin, mainNavigation, submitAdminSignIn } from './support/admin';
import { createStaffAccount, getJson, postJson, signInThroughApi, uniqueEmail } from './support/api';
import { useBrowserPage } from './support/browser';
import './support/suite-urls';

type Order = {
  id: number;
  status: string;
  totalAmount: string;
  amountPaid: string;
  outstandingBalance: string;
  subtotal: string;
  taxTotal: string;
};
type Quote = { lines: { unitPrice: string; lineTotal: string }[]; totals: { total: string } };
type RevenueReport = {
  summary: { revenue: string; orders: number };
  groups: { key: string | null; label: string; revenue: string }[];
};

const money = (amount: string) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(amount as `${number}`);

/** POSTs as the given user and returns the created record, failing loudly on anything but 201. */
async function create<T>(path: string, body: unknown, token: string): Promise<T> {
  const response = await postJson(path, body, token);
  if (response.status !== 201)
    throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** An active product with stock on hand, as the catalogue team would set it up. */
async function createStockedProduct(
  token: string,
  product: { sku: string; name: string; price: string; stock: number },
): Promise<{ id: number }> {
  const { stock, ...fields } = product;
  const created = await create<{ id: number }>(
    '/api/products',
    { ...fields, cost: '10.00', status: 'active' },
    token,
  );
  await create(`/api/products/${created.id}/movements`, { kind: 'receipt', quantity: stock }, token);
  return created;
}

async function signIn(page: Page, credentials: { email: string; password: string }) {
  const response = await submitAdminSignIn(page, credentials);
  expect(response.status()).toBe(200);
  await page.waitForURL('**/products');
}

/** Picks the option of a server-searched select after typing part of it. */
async function pick(field: Locator, page: Page, search: string, option: string) {
  await field.click();
  await field.fill(search);
  await page.getByRole('option', { name: option }).click();
}

const orderLine = (page: Page, position: number) => page.getByRole('group', { name: `Line ${position}` });
const statusBadge = (page: Page, status: string) =>
  page.getByRole('heading', { level: 1 }).locator('..').getByText(status, { exact: true });

describe('admin: an order from entry to delivery, and the revenue it brings', () => {
  const browser = useBrowserPage();
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const sales = {
    email: uniqueEmail('sasha.sales'),
    name: 'Sasha Seller',
    password: 'Orange-Harbour-Ledger-42',
  };
  const manager = {
    email: uniqueEmail('mara.manager'),
    name: 'Mara Manager',
    password: 'Violet-Quay-Anchor-42',
  };
  const clientName = `Kestrel Outfitters ${stamp}`;
  const bulk = { sku: `E2E-BULK-${stamp}`, name: `Trail lantern ${stamp}`, price: '100.00', stock: 40 };
  const scarce = { sku: `E2E-RARE-${stamp}`, name: `Summit compass ${stamp}`, price: '25.50', stock: 3 };
  const ruleName = `Lantern volume tier ${stamp}`;
  let bulkId = 0;
  let scarceId = 0;
  let clientId = 0;

  beforeAll(async () => {
    const adminToken = await signInThroughApi(demoAdmin);
    const salesUser = await createStaffAccount(adminToken, { ...sales, role: 'sales' });
    await createStaffAccount(adminToken, { ...manager, role: 'manager' });
    // The sales user's own client, so they may take its orders.
    ({ id: clientId } = await create<{ id: number }>(
      '/api/clients',
      { companyName: clientName, ownerUserId: salesUser.id, tier: 'silver' },
      adminToken,
    ));
    ({ id: bulkId } = await createStockedProduct(adminToken, bulk));
    ({ id: scarceId } = await createStockedProduct(adminToken, scarce));
    await create(
      '/api/price-rules',
      { name: ruleName, kind: 'volume_tier', productId: bulkId, minQuantity: 5, percentOff: '10' },
      adminToken,
    );
  });

  it('a sales user enters an order with a live quote and confirms it; a manager takes payment, ships and delivers; analytics count it', async () => {
    const page = browser.page;
    // Tall enough for the whole entry form: a select's dropdown hides while its field is scrolled out of
    // sight, and Playwright's scrolling races the layout shift of a line being added.
    await page.setViewportSize({ width: 1366, height: 1400 });
    await signIn(page, sales);
    const salesToken = await signInThroughApi(sales);

    // Order entry: the client, then two products.
    await mainNavigation(page).getByRole('link', { name: 'Orders' }).click();
    await page.waitForURL('**/orders');
    await page.getByRole('link', { name: 'New order' }).click();
    await page.waitForURL('**/orders/new');
    await page.getByRole('heading', { level: 1, name: 'New order' }).waitFor();
    await pick(page.getByRole('combobox', { name: 'Client' }), page, 'Kestrel', clientName);

    const first = orderLine(page, 1);
    await pick(
      first.getByRole('combobox', { name: 'Product' }),
      page,
      bulk.sku,
      `${bulk.name} (${bulk.sku})`,
    );
    await first.getByRole('textbox', { name: 'Quantity' }).fill('6');
    await page.getByRole('button', { name: 'Add line' }).click();
    const second = orderLine(page, 2);
    await pick(
      second.getByRole('combobox', { name: 'Product' }),
      page,
      scarce.sku,
      `${scarce.name} (${scarce.sku})`,
    );
    await second.getByRole('textbox', { name: 'Quantity' }).fill('5');
    await second.getByRole('textbox', { name: 'Tax rate %' }).fill('10');

    // The live quote prices the lantern by its volume tier and says why; the compass is short of stock.
    const expected = await postJson(
      '/api/catalog/quote',
      {
        clientId,
        lines: [
          { productId: bulkId, quantity: 6 },
          { productId: scarceId, quantity: 5 },
        ],
      },
      salesToken,
    ).then((response) => response.json() as Promise<Quote>);
    expect(expected.lines[0]?.unitPrice).toBe('90.00');
    await first.getByText(`Unit price: ${money('90.00')} (list price ${money('100.00')})`).waitFor();
    await second.getByText('Only 3 available').waitFor();
    const quote = page.getByRole('table', { name: 'Live price quote' });
    await quote.getByRole('row', { name: `At quoted prices ${money(expected.totals.total)}` }).waitFor();
    await first.getByRole('button', { name: 'How this price was reached' }).click();
    const rule = first.getByRole('row').filter({ hasText: ruleName });
    await rule.getByText('Applied').waitFor();
    await rule.getByRole('cell', { name: 'Volume tier', exact: true }).waitFor();

    // Saved, the draft shows the server's totals with the compass's tax.
    const saved = page.waitForResponse(
      (response) => response.request().method() === 'POST' && response.url().endsWith('/api/orders'),
    );
    await page.getByRole('button', { name: 'Save draft' }).click();
    const draft = (await (await saved).json()) as Order;
    expect(draft).toMatchObject({
      status: 'draft',
      subtotal: '667.50',
      taxTotal: '12.75',
      totalAmount: '680.25',
    });
    await page.waitForURL(`**/orders/${draft.id}/edit`);
    await page.getByRole('status').filter({ hasText: 'Draft saved' }).waitFor();
    const totals = page.getByRole('table', { name: 'Order totals' });
    await totals.getByRole('row', { name: `Total ${money('680.25')}` }).waitFor();

    // Five compasses are more than there are: the confirmation is refused, naming the product and its stock.
    await page.getByRole('button', { name: 'Confirm order' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'The order was not confirmed' });
    await refusal.getByText(`${scarce.name} (${scarce.sku}): 5 ordered, 3 available`).waitFor();
    expect((await getJson<Order>(`/api/orders/${draft.id}`, salesToken)).status).toBe('draft');

    // Two compasses, saved and confirmed in one go.
    await orderLine(page, 2).getByRole('textbox', { name: 'Quantity' }).fill('2');
    await page.getByRole('button', { name: 'Save and confirm' }).click();
    await page.waitForURL(`**/orders/${draft.id}`);
    await page.getByRole('status').filter({ hasText: 'The order is confirmed' }).waitFor();
    await statusBadge(page, 'Confirmed').waitFor();
    const confirmed = await getJson<Order>(`/api/orders/${draft.id}`, salesToken);
    expect(confirmed).toMatchObject({
      status: 'confirmed',
      totalAmount: '596.10',
      outstandingBalance: '596.10',
    });
    const toolbar = page.getByRole('toolbar', { name: 'Order actions' });
    await toolbar.getByRole('button', { name: 'Record payment' }).waitFor();
    // Shipping is the warehouse's (fulfilment:write): a sales user is not offered it.
    expect(await toolbar.getByRole('button', { name: 'Ship' }).count()).toBe(0);

    // A manager finds the order on the board, in the Confirmed column.
    const desk = await browser.openPage();
    await signIn(desk, manager);
    const managerToken = await signInThroughApi(manager);
    await mainNavigation(desk).getByRole('link', { name: 'Orders' }).click();
    await desk.getByRole('radiogroup', { name: 'View' }).getByText('Board', { exact: true }).click();
    await desk.waitForURL('**/orders/board');
    await desk.getByRole('searchbox', { name: 'Search' }).fill(clientName);
    const confirmedColumn = desk.getByRole('region', { name: 'Confirmed' });
    await confirmedColumn.getByRole('link', { name: `#${draft.id}` }).click();
    await desk.waitForURL(`**/orders/${draft.id}`);
    await statusBadge(desk, 'Confirmed').waitFor();

    // Payment in full: the amount is the outstanding balance.
    const deskToolbar = desk.getByRole('toolbar', { name: 'Order actions' });
    await deskToolbar.getByRole('button', { name: 'Record payment' }).click();
    const paymentForm = desk.getByRole('dialog', { name: 'Record a payment or refund' });
    expect(await paymentForm.getByRole('textbox', { name: 'Amount' }).inputValue()).toBe('596.10');
    await paymentForm.getByRole('textbox', { name: 'Reference' }).fill(`BANK-${stamp}`);
    const paid = desk.waitForResponse((response) =>
      response.url().endsWith(`/api/orders/${draft.id}/payments`),
    );
    await paymentForm.getByRole('button', { name: 'Record payment' }).click();
    expect((await paid).status()).toBe(201);
    expect(await (await paid).request().headerValue('if-match')).toMatch(/^"\d+"$/);
    await statusBadge(desk, 'Paid').waitFor();
    await desk
      .getByRole('table', { name: 'Payments' })
      .getByRole('row')
      .filter({ hasText: `BANK-${stamp}` })
      .waitFor();

    // Everything ships with a tracking number, then arrives.
    await deskToolbar.getByRole('button', { name: 'Ship' }).click();
    const shipmentForm = desk.getByRole('dialog', { name: 'Ship goods' });
    expect(await shipmentForm.getByRole('textbox', { name: `Quantity of ${bulk.name}` }).inputValue()).toBe(
      '6',
    );
    await shipmentForm.getByRole('textbox', { name: 'Carrier' }).fill('DHL');
    await shipmentForm.getByRole('textbox', { name: 'Tracking number' }).fill(`TRK-${stamp}`);
    await shipmentForm.getByRole('button', { name: 'Record shipment' }).click();
    await statusBadge(desk, 'Shipped').waitFor();
    await desk.getByRole('button', { name: `Mark shipment TRK-${stamp} delivered` }).click();
    await statusBadge(desk, 'Delivered').waitFor();

    const history = desk.getByRole('region', { name: 'Status history' });
    for (const step of ['Draft → Confirmed', 'Confirmed → Paid', 'Paid → Shipped', 'Shipped → Delivered']) {
      await history.getByText(step).waitFor();
    }
    expect(await getJson<Order>(`/api/orders/${draft.id}`, managerToken)).toMatchObject({
      status: 'delivered',
      amountPaid: '596.10',
      outstandingBalance: '0.00',
    });

    // The sales user's page follows after a reload, and the board has moved the card.
    await page.reload();
    await statusBadge(page, 'Delivered').waitFor();
    await desk.goto(adminUrl(`/orders/board?q=${encodeURIComponent(clientName)}`));
    await desk
      .getByRole('region', { name: 'Delivered' })
      .getByRole('link', { name: `#${draft.id}` })
      .waitFor();
    expect(
      await desk
        .getByRole('region', { name: 'Confirmed' })
        .getByRole('link', { name: `#${draft.id}` })
        .count(),
    ).toBe(0);

    // Analytics: the revenue shown is the server's, and the client's paid order is in it.
    const trend = desk.waitForResponse(
      (response) =>
        response.url().includes('/api/reports/revenue') && response.url().includes('groupBy=month'),
    );
    await mainNavigation(desk).getByRole('link', { name: 'Analytics', exact: true }).click();
    await desk.waitForURL('**/analytics');
    const report = (await (await trend).json()) as RevenueReport;
    expect(report.summary.orders).toBeGreaterThan(0);
    await desk.getByRole('img', { name: /^Bar chart of revenue by Month/ }).waitFor();
    await desk.getByText(money(report.summary.revenue), { exact: true }).first().waitFor();

    const byClient = desk.waitForResponse(
      (response) =>
        response.url().includes('/api/reports/revenue') && response.url().includes('groupBy=client'),
    );
    await desk
      .getByRole('radiogroup', { name: 'Break revenue down by' })
      .getByText('Client', { exact: true })
      .click();
    const clients = (await (await byClient).json()) as RevenueReport;
    expect(clients.groups.find((group) => group.key === String(clientId))?.revenue).toBe('596.10');
    await desk
      .getByRole('table', { name: 'Revenue by Client' })
      .getByRole('row', { name: new RegExp(`^${clientName} ${money('596.10').replace('$', '\\$')}`) })
      .waitFor();
    await desk
      .getByRole('table', { name: 'Performance by product' })
      .getByRole('row')
      .filter({ hasText: bulk.sku })
      .waitFor();
  });

  it('a new order is created and confirmed in one step', async () => {
    const page = browser.page;
    await page.setViewportSize({ width: 1366, height: 1400 });
    await signIn(page, sales);
    const salesToken = await signInThroughApi(sales);
    const before = await getJson<{ available: number }>(`/api/products/${bulkId}/stock`, salesToken);

    await page.goto(adminUrl('/orders/new'));
    await page.getByRole('heading', { level: 1, name: 'New order' }).waitFor();
    await pick(page.getByRole('combobox', { name: 'Client' }), page, 'Kestrel', clientName);
    const line = orderLine(page, 1);
    await pick(line.getByRole('combobox', { name: 'Product' }), page, bulk.sku, `${bulk.name} (${bulk.sku})`);
    await line.getByRole('textbox', { name: 'Quantity' }).fill('2');
    const created = page.waitForResponse(
      (response) => response.request().method() === 'POST' && response.url().endsWith('/api/orders'),
    );
    await page.getByRole('button', { name: 'Save and confirm' }).click();
    const order = (await (await created).json()) as Order;
    expect(order).toMatchObject({ status: 'confirmed', totalAmount: '200.00' });
    await page.waitForURL(`**/orders/${order.id}`);
    await page.getByRole('status').filter({ hasText: 'The order is confirmed' }).waitFor();
    await statusBadge(page, 'Confirmed').waitFor();
    // Confirming reserved the two lanterns.
    const after = await getJson<{ available: number }>(`/api/products/${bulkId}/stock`, salesToken);
    expect(after.available).toBe(before.available - 2);
  });
});
