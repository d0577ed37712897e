import { describe, expect, inject, it } from 'vitest';
import { getJson, postJson } from './support/api';
import { useBrowserPage } from './support/browser';
import './support/suite-urls';

type Product = { id: number; name: string; price: string };
type ProductPage = { items: Product[]; nextCursor: string | null };

const email = 'admin@demo.local';
const password = 'Demo1234!';

describe('admin: sign in and browse products', () => {
  const browser = useBrowserPage();
  const adminUrl = () => inject('suite').adminUrl;

  async function submitSignIn(withPassword: string, asEmail = email) {
    const { page } = browser;
    await page.goto(`${adminUrl()}/sign-in`);
    await page.getByRole('textbox', { name: 'Email' }).fill(asEmail);
    await page.getByRole('textbox', { name: 'Password' }).fill(withPassword);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  }

  it('shows the reason when the password is wrong', async () => {
    const { page } = browser;
    const rejected = await postJson('/api/auth/login', { email, password: 'not-the-password' });
    const problem = (await rejected.json()) as { detail: string; code: string };
    expect(rejected.status).toBe(401);
    expect(problem.code).toBe('invalid_credentials');

    await submitSignIn('not-the-password');

    const alert = page.getByRole('alert').filter({ hasText: problem.detail });
    await alert.waitFor();
    expect(page.url()).toContain('/sign-in');
  });

  it('signs in, lists the products the API returns and opens one', async () => {
    const { page } = browser;
    await submitSignIn(password);
    await page.waitForURL('**/products');

    const token = await page.evaluate(() => {
      const saved = sessionStorage.getItem('smartcrm.admin.session');
      return saved ? (JSON.parse(saved) as { accessToken: string }).accessToken : null;
    });
    expect(token).toBeTruthy();
    const expected = await getJson<ProductPage>('/api/products?limit=25&sort=name', token ?? undefined);
    expect(expected.items.length).toBeGreaterThan(0);

    const nameLinks = page.locator('tbody tr td:first-child a');
    await expect
      .poll(() => nameLinks.allTextContents())
      .toEqual(expected.items.map((product) => product.name));

    const product = expected.items[0] as Product;
    await nameLinks.first().click();
    await page.waitForURL(`**/products/${product.id}`);

    await page.getByRole('heading', { level: 1, name: product.name }).waitFor();
    const price = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(
      product.price as `${number}`,
    );
    await expect.poll(() => page.getByTestId('product-price').textContent()).toBe(price);
  });

  it('turns a customer away: the dashboard is for staff', async () => {
    const { page } = browser;
    await submitSignIn(password, 'customer@demo.local');
    await page.getByRole('alert').filter({ hasText: 'This dashboard is for staff' }).waitFor();
    expect(page.url()).toContain('/sign-in');
  });
});
