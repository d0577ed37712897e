import { beforeAll, describe, expect, it } from 'vitest';
import { demoAdmin } from './support/admin';
import { createCustomerAccount, getJson, postExpecting, signInThroughApi, uniqueEmail } from './support/api';
import { useBrowserPage } from './support/browser';
import { portalUrl, submitPortalSignIn } from './support/portal';
import './support/suite-urls';

type Order = {
  id: number;
  clientId: number;
  status: string;
  paymentStatus: string;
  totalAmount: string;
  amountPaid: string;
  shipments: { trackingNumber: string | null }[];
};

const money = (amount: string) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(amount as `${number}`);

/** A confirmed order of the client for some units of the product. */
async function placeOrder(adminToken: string, clientId: number, productId: number, quantity: number) {
  const draft = await postExpecting<Order>(
    '/api/orders',
    { clientId, items: [{ productId, quantity }] },
    adminToken,
  );
  return postExpecting<Order>(`/api/orders/${draft.id}/confirm`, {}, adminToken, 200);
}

describe('portal: a customer follows their own orders', () => {
  const browser = useBrowserPage();
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const customer = {
    email: uniqueEmail('pia.purchaser'),
    name: 'Pia Purchaser',
    password: 'Amber-Meadow-Signal-42',
    clientId: 0,
  };
  const tracking = `1Z${stamp}`;
  let ownOrder: Order;
  let otherOrder: Order;

  beforeAll(async () => {
    const adminToken = await signInThroughApi(demoAdmin);
    const own = await postExpecting<{ id: number }>(
      '/api/clients',
      { companyName: `Heron Supplies ${stamp}` },
      adminToken,
    );
    const other = await postExpecting<{ id: number }>(
      '/api/clients',
      { companyName: `Osprey Trading ${stamp}` },
      adminToken,
    );
    customer.clientId = own.id;
    await createCustomerAccount(adminToken, customer);

    const product = await postExpecting<{ id: number }>(
      '/api/products',
      { sku: `E2E-PORTAL-${stamp}`, name: `Field kettle ${stamp}`, price: '40.00', status: 'active' },
      adminToken,
    );
    await postExpecting(
      `/api/products/${product.id}/movements`,
      { kind: 'receipt', quantity: 20 },
      adminToken,
    );

    // The customer's order: part paid, everything shipped with a tracking number.
    ownOrder = await placeOrder(adminToken, own.id, product.id, 3);
    await postExpecting(
      `/api/orders/${ownOrder.id}/payments`,
      { amount: '50.00', method: 'bank_transfer', reference: `PAY-${stamp}` },
      adminToken,
    );
    ownOrder = await postExpecting<Order>(
      `/api/orders/${ownOrder.id}/shipments`,
      { carrier: 'UPS', trackingNumber: tracking },
      adminToken,
    );
    // Another company's order, which the customer must not see.
    otherOrder = await placeOrder(adminToken, other.id, product.id, 1);
  });

  it('lists the order with its status and opens it with payments and tracking, but not another company’s order', async () => {
    const { page } = browser;
    expect(ownOrder).toMatchObject({
      status: 'fulfilled',
      paymentStatus: 'partially_paid',
      totalAmount: '120.00',
    });

    await page.goto(portalUrl('/account'));
    await page.waitForURL('**/sign-in');
    const signIn = await submitPortalSignIn(page, customer);
    expect(signIn.status()).toBe(200);
    await page.waitForURL('**/account');

    // The account page lists the order with its new status, and links to it.
    const orders = page.getByRole('table', { name: 'Your orders' });
    const row = orders
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: `#${ownOrder.id}`, exact: true }) });
    await row.getByText('Shipped', { exact: true }).waitFor();
    await row.getByText(money('120.00')).waitFor();
    expect(await orders.getByRole('rowheader', { name: `#${otherOrder.id}`, exact: true }).count()).toBe(0);
    await row.getByRole('link', { name: `#${ownOrder.id}`, exact: true }).click();
    await page.waitForURL(`**/account/orders/${ownOrder.id}`);

    // The order page: status, what was ordered, what was paid and where the goods are.
    await page.getByRole('heading', { level: 1, name: `Order #${ownOrder.id}` }).waitFor();
    await page.getByText('Partially paid', { exact: true }).waitFor();
    const items = page.getByRole('table', { name: 'What you ordered' });
    await items
      .getByRole('row')
      .filter({ hasText: `Field kettle ${stamp}` })
      .getByText(money('40.00'))
      .waitFor();
    await items.getByRole('row', { name: `Still to pay ${money('70.00')}` }).waitFor();
    const payments = page.getByRole('table', { name: 'Payments' });
    await payments
      .getByRole('row')
      .filter({ hasText: `PAY-${stamp}` })
      .getByText(money('50.00'))
      .waitFor();
    const shipments = page.getByRole('table', { name: 'Shipments' });
    const shipment = shipments.getByRole('row').filter({ hasText: tracking });
    await shipment.getByText('UPS').waitFor();
    await shipment.getByText('On its way').waitFor();

    // What the page shows is what the API gives this customer.
    const token = await signInThroughApi(customer);
    const seen = await getJson<Order>(`/api/orders/${ownOrder.id}`, token);
    expect(seen).toMatchObject({ clientId: customer.clientId, amountPaid: '50.00' });
    expect(seen.shipments.map((entry) => entry.trackingNumber)).toEqual([tracking]);

    // Another company's order is not there for them, in the page or in the API.
    const refused = page.waitForResponse((response) =>
      response.url().endsWith(`/api/orders/${otherOrder.id}`),
    );
    await page.goto(portalUrl(`/account/orders/${otherOrder.id}`));
    expect((await refused).status()).toBe(404);
    const notFound = page.getByRole('status').filter({ hasText: 'Order not found' });
    await notFound.getByText('We could not find this order among your company’s orders.').waitFor();
    expect(await page.getByText(tracking).count()).toBe(0);
  });
});
