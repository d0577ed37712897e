import { describe, expect, it } from 'vitest';
import { demoAdmin, refreshCookie, rowLinks, submitAdminSignIn } from './support/admin';
import { getJson, postJson } from './support/api';
import { useBrowserPage } from './support/browser';
import './support/suite-urls';

type Product = { id: number; name: string; price: string };
type ProductPage = { items: Product[]; nextCursor: string | null };

describe('admin: sign in and browse products', () => {
  const browser = useBrowserPage();
  const { email, password } = demoAdmin;

  it('shows the reason when the password is wrong', async () => {
    const { page } = browser;
    const rejected = await postJson('/api/auth/login', { email, password: 'not-the-password' });
    const problem = (await rejected.json()) as { detail: string; code: string };
    expect(rejected.status).toBe(401);
    expect(problem.code).toBe('invalid_credentials');

    await submitAdminSignIn(page, { email, password: 'not-the-password' });

    const alert = page.getByRole('alert').filter({ hasText: problem.detail });
    await alert.waitFor();
    expect(page.url()).toContain('/sign-in');
  });

  it('signs in, lists the products the API returns and opens one', async () => {
    const { page } = browser;
    const signIn = await submitAdminSignIn(page);
    await page.waitForURL('**/products');

    // The token lives only in the page's memory; the sign-in response is where the test can read it.
    const { accessToken } = (await signIn.json()) as { accessToken: string };
    const expected = await getJson<ProductPage>('/api/products?limit=25&sort=name', accessToken);
    expect(expected.items.length).toBeGreaterThan(0);

    const nameLinks = rowLinks(page);
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

  it('turns a customer away, ending the session the sign-in started', async () => {
    const { page } = browser;
    await submitAdminSignIn(page, { email: 'customer@demo.local', password });
    await page.getByRole('alert').filter({ hasText: 'This dashboard is for staff' }).waitFor();
    expect(page.url()).toContain('/sign-in');
    expect(await refreshCookie(page)).toBeUndefined();

    // Nothing is left to restore: a reload lands on the sign-in form again.
    await page.reload();
    await page.getByRole('textbox', { name: 'Email' }).waitFor();
    expect(page.url()).toContain('/sign-in');
  });
});
