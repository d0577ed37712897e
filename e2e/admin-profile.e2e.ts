import { describe, expect, it } from 'vitest';
import { demoAdmin, rowLinks, submitAdminSignIn } from './support/admin';
import { createStaffAccount, postJson, signInThroughApi, uniqueEmail } from './support/api';
import { useBrowserPage } from './support/browser';
import './support/suite-urls';

describe('admin: people keep their own profile', () => {
  const browser = useBrowserPage();

  it('changes name and language, and the dashboard switches to Chinese for good', async () => {
    const { page } = browser;
    const email = uniqueEmail('mila');
    const password = 'Silver-orchard-river-19';
    await createStaffAccount(await signInThroughApi(demoAdmin), {
      email,
      name: 'Mila Manager',
      role: 'manager',
      password,
    });

    await submitAdminSignIn(page, { email, password });
    await page.waitForURL('**/products');
    await rowLinks(page).first().waitFor();
    await page.getByRole('button', { name: 'Account menu for Mila Manager' }).click();
    await page.getByRole('menuitem', { name: 'Profile' }).click();
    await page.waitForURL('**/profile');

    const details = page.getByRole('form', { name: 'Personal details' });
    await details.getByRole('textbox', { name: 'Name' }).fill('Mila Moreau');
    await details.getByRole('combobox', { name: 'Language' }).selectOption({ label: '简体中文' });
    const saved = page.waitForResponse(
      (response) => response.request().method() === 'PATCH' && response.url().endsWith('/api/auth/me'),
    );
    await details.getByRole('button', { name: 'Save changes' }).click();
    expect((await saved).status()).toBe(200);

    // The whole UI follows the saved language, and the header shows the new name.
    await page.getByRole('heading', { level: 1, name: '个人资料' }).waitFor();
    await page.getByRole('status').filter({ hasText: '个人资料已保存' }).waitFor();
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '产品' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await expect.poll(() => page.getByTestId('current-user-name').textContent()).toBe('Mila Moreau');

    // Both survive a reload: the language on this device, the name on the server.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: '个人资料' }).waitFor();
    const reloaded = page.getByRole('form', { name: '个人信息' });
    await expect.poll(() => reloaded.getByRole('textbox', { name: '姓名' }).inputValue()).toBe('Mila Moreau');
    expect(await reloaded.getByRole('combobox', { name: '语言' }).inputValue()).toBe('zh-CN');
  });

  it('changes the password, explaining the server’s policy and a wrong current password at their fields', async () => {
    const { page } = browser;
    const email = uniqueEmail('paz');
    const password = 'Amber-meadow-falcon-33';
    const nextPassword = 'Granite-willow-compass-58';
    await createStaffAccount(await signInThroughApi(demoAdmin), {
      email,
      name: 'Paz Sales',
      role: 'sales',
      password,
    });

    await submitAdminSignIn(page, { email, password });
    await page.waitForURL('**/products');
    await page.goto(page.url().replace('/products', '/profile'));
    const form = page.getByRole('form', { name: 'Change password' });
    await form.getByRole('textbox', { name: 'Current password' }).fill(password);
    await form.getByRole('textbox', { name: 'New password', exact: true }).fill('password1234');
    await form.getByRole('textbox', { name: 'Confirm new password' }).fill('password1234');
    await form.getByRole('button', { name: 'Change password' }).click();
    await form.getByText('This password is not allowed: it is one of the most common passwords').waitFor();

    await form.getByRole('textbox', { name: 'Current password' }).fill('not-my-password');
    await form.getByRole('textbox', { name: 'New password', exact: true }).fill(nextPassword);
    await form.getByRole('textbox', { name: 'Confirm new password' }).fill(nextPassword);
    await form.getByRole('button', { name: 'Change password' }).click();
    await form.getByText('The current password is not correct').waitFor();

    await form.getByRole('textbox', { name: 'Current password' }).fill(password);
    await form.getByRole('button', { name: 'Change password' }).click();
    await form.getByRole('status').filter({ hasText: 'Your password was changed' }).waitFor();

    const withOld = await postJson('/api/auth/login', { email, password });
    const withNew = await postJson('/api/auth/login', { email, password: nextPassword });
    expect([withOld.status, withNew.status]).toEqual([401, 200]);
  });
});
