import { describe, expect, inject, it } from 'vitest';
import { getJson } from './support/api';
import { useBrowserPage } from './support/browser';
import './support/suite-urls';

type Product = { id: number; name: string; specifications: Record<string, string> };
type ProductPage = { items: Product[]; nextCursor: string | null };

describe('portal: home, catalogue, cases and contact', () => {
  const browser = useBrowserPage();
  const portalUrl = () => inject('suite').portalUrl;

  it('introduces the product and leads to a product with its specifications', async () => {
    const { page } = browser;
    await page.goto(portalUrl());
    await page
      .getByRole('heading', { level: 1, name: 'Every customer, order and conversation in one place' })
      .waitFor();
    await page.getByRole('heading', { level: 2, name: 'Why teams choose Smart CRM Suite' }).waitFor();

    const catalogue = await getJson<ProductPage>('/api/catalog/products?limit=12&sort=name');
    const product = catalogue.items.find((item) => Object.keys(item.specifications).length > 0);
    if (!product) throw new Error('The first catalogue page has no product with specifications');

    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Products' })
      .click();
    await page.waitForURL('**/products');
    await page.getByRole('heading', { level: 1, name: 'Products' }).waitFor();

    await page.locator(`a[href="/products/${product.id}"]`).click();
    await page.waitForURL(`**/products/${product.id}`);
    await page.getByRole('heading', { level: 1, name: product.name }).waitFor();

    const specifications = page.getByRole('table', { name: 'Specifications' });
    await specifications.waitFor();
    for (const [key, value] of Object.entries(product.specifications)) {
      const row = specifications
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: key, exact: true }) });
      expect(await row.getByRole('cell').textContent()).toBe(value);
    }
  });

  it('shows the cooperation cases', async () => {
    const { page } = browser;
    await page.goto(portalUrl());
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Cooperation cases' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Cooperation cases' }).waitFor();
    expect(await page.getByRole('article').count()).toBeGreaterThanOrEqual(3);
  });

  it('validates the contact form, then sends the request for the visitor to confirm by email', async () => {
    const { page } = browser;
    await page.goto(`${portalUrl()}/contact`);
    await page.getByRole('heading', { level: 1, name: 'Contact us' }).waitFor();

    await page.getByRole('textbox', { name: 'Your name' }).fill('Li Wei');
    const emailInput = page.getByRole('textbox', { name: 'Email' });
    await emailInput.fill('li.wei-at-example');
    await page.getByRole('textbox', { name: 'Subject' }).fill('Exporting reports');
    await page
      .getByRole('textbox', { name: 'Message' })
      .fill('How do I export the monthly sales report to Excel?');
    await page.getByRole('button', { name: 'Send request' }).click();

    await page.getByText('Enter a valid email address').waitFor();
    expect(await emailInput.getAttribute('aria-invalid')).toBe('true');

    // A valid request from a visitor is sent, and becomes a ticket once they confirm their address.
    await emailInput.fill('li.wei@example.com');
    const requested = page.waitForResponse(
      (response) =>
        response.request().method() === 'POST' && response.url().endsWith('/api/tickets/guest-requests'),
    );
    await page.getByRole('button', { name: 'Send request' }).click();
    expect((await requested).status()).toBe(202);
    const notice = page.getByRole('status').filter({ hasText: 'Check your email' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('li.wei@example.com');
  });
});
