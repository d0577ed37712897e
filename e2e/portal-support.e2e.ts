import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoAdmin } from './support/admin';
import {
  createCustomerAccount,
  createStaffAccount,
  getJson,
  postExpecting,
  signInThroughApi,
  uniqueEmail,
} from './support/api';
import { useBrowserPage } from './support/browser';
import { portalUrl, submitPortalSignIn } from './support/portal';
import './support/suite-urls';

type Ticket = { id: number; status: string; clientId: number; title: string };
type TicketPage = { items: Ticket[]; nextCursor: string | null };
type Comment = { id: number; body: string; visibility: string };
type Survey = { status: string; score?: number; comment?: string | null };

/** Signs in through the portal's sign-in page and waits for the account page. */
async function signInToPortal(page: Page, customer: { email: string; password: string }) {
  await page.goto(portalUrl('/sign-in'));
  const signIn = await submitPortalSignIn(page, customer);
  expect(signIn.status()).toBe(200);
  await page.waitForURL('**/account');
  await page.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
}

/** The "My tickets" row of a ticket, found by its number. */
const ticketRow = (page: Page, ticketId: number) =>
  page
    .getByRole('table', { name: 'My tickets' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: `#${ticketId}`, exact: true }) });

describe('portal: customers get support through tickets', () => {
  const browser = useBrowserPage();
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const customer = {
    email: uniqueEmail('tove.ticket'),
    name: 'Tove Ticketwriter',
    password: 'Copper-Lantern-Harbour-42',
    clientId: 0,
  };
  const stranger = {
    email: uniqueEmail('otto.other'),
    name: 'Otto Otherclient',
    password: 'Slate-Meadow-Compass-42',
    clientId: 0,
  };
  const manager = {
    email: uniqueEmail('mia.manager'),
    name: 'Mia Supportlead',
    password: 'Violet-Harbour-Anchor-42',
    role: 'manager' as const,
  };
  const categoryName = `Breakage ${stamp}`;
  let orderId = 0;
  let staffToken = '';

  beforeAll(async () => {
    const adminToken = await signInThroughApi(demoAdmin);
    const own = await postExpecting<{ id: number }>(
      '/api/clients',
      { companyName: `Wren Optics ${stamp}` },
      adminToken,
    );
    const other = await postExpecting<{ id: number }>(
      '/api/clients',
      { companyName: `Finch Freight ${stamp}` },
      adminToken,
    );
    customer.clientId = own.id;
    stranger.clientId = other.id;
    await createCustomerAccount(adminToken, customer);
    await createCustomerAccount(adminToken, stranger);
    await createStaffAccount(adminToken, manager);
    staffToken = await signInThroughApi(manager);
    // A category the support team set up, for the customer to pick.
    await postExpecting('/api/tickets/categories', { name: categoryName }, staffToken);

    // An order of the customer's company, for the ticket to be about.
    const product = await postExpecting<{ id: number }>(
      '/api/products',
      { sku: `E2E-SUPPORT-${stamp}`, name: `Brass lantern ${stamp}`, price: '25.00', status: 'active' },
      adminToken,
    );
    await postExpecting(
      `/api/products/${product.id}/movements`,
      { kind: 'receipt', quantity: 5 },
      adminToken,
    );
    const draft = await postExpecting<{ id: number }>(
      '/api/orders',
      { clientId: own.id, items: [{ productId: product.id, quantity: 2 }] },
      adminToken,
    );
    orderId = (await postExpecting<{ id: number }>(`/api/orders/${draft.id}/confirm`, {}, adminToken, 200))
      .id;
  });

  it('opens a ticket from the Contact page, follows the public thread, replies and rates it; another client sees nothing', async () => {
    const { page } = browser;
    const subject = `Cracked lantern glass ${stamp}`;
    const internalNote = `Internal: supplier batch ${stamp} is faulty, do not tell the customer yet`;
    const publicReply = `Sorry about the glass! Could you send a photo of the crack? (${stamp})`;
    const customerReply = `Here is the photo you asked for, the crack runs along the rim (${stamp}).`;

    await signInToPortal(page, customer);
    await page.getByText('No support tickets').waitFor();

    // The Contact page's form opens a ticket straight away for a signed-in customer.
    await page.getByRole('banner').getByRole('navigation').getByRole('link', { name: 'Contact' }).click();
    await page.waitForURL('**/contact');
    const form = page.getByRole('form', { name: 'Send a support request' });
    await form.getByRole('textbox', { name: 'Subject' }).fill(subject);
    await form.getByRole('combobox', { name: 'Category' }).click();
    await page.getByRole('option', { name: categoryName }).click();
    // Typing narrows the customer's orders (and waits for them to load); the option names the order.
    const orderPicker = form.getByRole('combobox', { name: 'Related order' });
    await orderPicker.fill(`#${orderId}`);
    await page.getByRole('option', { name: new RegExp(`^#${orderId} · `) }).click();
    await expect.poll(() => orderPicker.inputValue()).toMatch(new RegExp(`^#${orderId} · `));
    await form
      .getByRole('textbox', { name: 'Message' })
      .fill('The glass of one of the two lanterns arrived cracked. Can you replace it?');
    await form.locator('input[type="file"]').setInputFiles({
      name: `packing-slip-${stamp}.txt`,
      mimeType: 'text/plain',
      buffer: Buffer.from('Packing slip: 2 × Brass lantern'),
    });
    const created = page.waitForResponse(
      (response) => response.request().method() === 'POST' && response.url().endsWith('/api/tickets'),
    );
    await form.getByRole('button', { name: 'Open ticket' }).click();
    expect((await created).status()).toBe(201);
    const ticket = (await (await created).json()) as Ticket;
    expect(ticket.clientId).toBe(customer.clientId);

    // It goes to the new ticket, with its order and the attached file.
    await page.waitForURL(`**/account/tickets/${ticket.id}`);
    await page.getByRole('heading', { level: 1, name: `Ticket #${ticket.id}` }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Your ticket is open' }).waitFor();
    await page.getByRole('link', { name: `#${orderId}` }).waitFor();
    await page.getByText(categoryName).waitFor();
    await page
      .getByRole('button', { name: `Download packing-slip-${stamp}.txt` })
      .first()
      .waitFor();

    // My tickets lists it.
    await page.getByRole('link', { name: 'Back to my account' }).click();
    await page.waitForURL('**/account');
    await ticketRow(page, ticket.id).getByText(subject).waitFor();

    // Staff work it through the API: an internal note, a public reply, then they wait on the customer.
    await postExpecting(
      `/api/tickets/${ticket.id}/comments`,
      { body: internalNote, visibility: 'internal' },
      staffToken,
    );
    await postExpecting(`/api/tickets/${ticket.id}/comments`, { body: publicReply }, staffToken);
    await postExpecting(`/api/tickets/${ticket.id}/status`, { status: 'pending' }, staffToken, 200);

    // The customer sees the public reply and that the team waits for them, never the internal note.
    await page.reload();
    await ticketRow(page, ticket.id).getByText('Waiting for you').waitFor();
    await ticketRow(page, ticket.id)
      .getByRole('link', { name: `#${ticket.id}` })
      .click();
    await page.waitForURL(`**/account/tickets/${ticket.id}`);
    const conversation = page.getByRole('list', { name: 'Conversation' });
    await conversation.getByText(publicReply).waitFor();
    await page.getByText('We are waiting for your reply').waitFor();
    expect(await page.getByText(internalNote).count()).toBe(0);
    expect(await page.content()).not.toContain(`supplier batch ${stamp}`);

    // Their reply joins the thread and hands the ticket back to the team.
    const replyForm = page.getByRole('form', { name: 'Reply' });
    await replyForm.getByRole('textbox', { name: 'Your reply' }).fill(customerReply);
    await replyForm.getByRole('button', { name: 'Send reply' }).click();
    await replyForm.getByRole('status').filter({ hasText: 'Your reply was sent.' }).waitFor();
    await conversation.getByText(customerReply).waitFor();
    await page.getByRole('main').getByText('Open', { exact: true }).first().waitFor();
    const staffView = await getJson<Ticket>(`/api/tickets/${ticket.id}`, staffToken);
    expect(staffView.status).toBe('open');

    // Staff resolve it; the customer rates it 5 and sees their rating.
    await postExpecting(`/api/tickets/${ticket.id}/status`, { status: 'resolved' }, staffToken, 200);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: `Ticket #${ticket.id}` }).waitFor();
    const rating = page.getByRole('form', { name: 'Rate our help' });
    await rating.getByRole('radio', { name: '5 – Very satisfied' }).check();
    await rating.getByRole('textbox', { name: 'Comment (optional)' }).fill('Quick and friendly, thank you!');
    await rating.getByRole('button', { name: 'Send rating' }).click();
    await page.getByRole('status').filter({ hasText: 'You rated this ticket 5 out of 5' }).waitFor();
    await page.getByText('Quick and friendly, thank you!').waitFor();
    const customerToken = await signInThroughApi(customer);
    const survey = await getJson<Survey>(`/api/tickets/${ticket.id}/survey`, customerToken);
    expect(survey).toMatchObject({ status: 'answered', score: 5 });
    // Through the API too, the customer's thread has no internal note.
    const thread = await getJson<{ items: Comment[] }>(`/api/tickets/${ticket.id}/comments`, customerToken);
    expect(thread.items.map((comment) => comment.body)).toEqual([publicReply, customerReply]);

    // Staff close it while the page still shows it resolved: the late reply is refused, and the customer is
    // led to a new ticket with the same subject, order and text.
    await postExpecting(`/api/tickets/${ticket.id}/status`, { status: 'closed' }, staffToken, 200);
    const lateReply = `One more thing: the second lantern's handle is loose (${stamp}).`;
    await replyForm.getByRole('textbox', { name: 'Your reply' }).fill(lateReply);
    await replyForm.getByRole('button', { name: 'Send reply' }).click();
    const closedNotice = page
      .getByRole('alert')
      .filter({ hasText: 'This ticket is closed — open a new one' });
    await closedNotice.waitFor();
    await closedNotice.getByRole('link', { name: 'Open a new ticket' }).click();
    await page.waitForURL('**/contact?*');
    const followUp = page.getByRole('form', { name: 'Send a support request' });
    await expect
      .poll(() => followUp.getByRole('textbox', { name: 'Subject' }).inputValue())
      .toBe(`Follow-up to #${ticket.id}: ${subject}`);
    expect(await followUp.getByRole('textbox', { name: 'Message' }).inputValue()).toBe(lateReply);
    await expect
      .poll(() => followUp.getByRole('combobox', { name: 'Related order' }).inputValue())
      .toMatch(new RegExp(`^#${orderId} · `));

    // The status filter of My tickets finds it among the closed ones, and not among the active ones.
    await page
      .getByRole('banner')
      .getByRole('button', { name: /^Account menu for / })
      .click();
    await page.getByRole('menuitem', { name: 'My account' }).click();
    await page.waitForURL('**/account');
    const filter = page.getByRole('combobox', { name: 'Status' });
    await ticketRow(page, ticket.id).getByText('Closed').waitFor();
    await filter.click();
    await page.getByRole('option', { name: 'Active (not resolved yet)' }).click();
    await page.getByText('No tickets with this status').waitFor();
    await filter.click();
    await page.getByRole('option', { name: 'Closed', exact: true }).click();
    await ticketRow(page, ticket.id).getByText('Closed').waitFor();

    // A customer of another client: the ticket's address is "not found", and their list is empty.
    const other = await browser.openPage();
    await signInToPortal(other, stranger);
    await other.getByText('No support tickets').waitFor();
    const refused = other.waitForResponse((response) => response.url().endsWith(`/api/tickets/${ticket.id}`));
    await other.goto(portalUrl(`/account/tickets/${ticket.id}`));
    expect((await refused).status()).toBe(404);
    await other.getByRole('status').filter({ hasText: 'Ticket not found' }).waitFor();
    expect(await other.getByText(subject).count()).toBe(0);
    expect(await other.getByText(publicReply).count()).toBe(0);
    const strangerToken = await signInThroughApi(stranger);
    const strangerList = await getJson<TicketPage>('/api/tickets', strangerToken);
    expect(strangerList.items.map((item) => item.id)).not.toContain(ticket.id);
  });

  it('lets a visitor without an account ask for help, confirm by the demo link and get a ticket reference', async () => {
    const { page } = browser;
    const email = uniqueEmail('gus.guest');

    await page.goto(portalUrl('/contact'));
    const form = page.getByRole('form', { name: 'Send a support request' });
    await form.getByRole('textbox', { name: 'Your name' }).fill('Gus Guest');
    await form.getByRole('textbox', { name: 'Email' }).fill(email);
    await form.getByRole('textbox', { name: 'Subject' }).fill(`Licence question ${stamp}`);
    await form.getByRole('textbox', { name: 'Order number' }).fill('#1042');
    await form
      .getByRole('textbox', { name: 'Message' })
      .fill('Can one licence cover both of our warehouses, or do we need two?');
    const requested = page.waitForResponse((response) =>
      response.url().endsWith('/api/tickets/guest-requests'),
    );
    await form.getByRole('button', { name: 'Send request' }).click();
    expect((await requested).status()).toBe(202);

    await page.getByRole('status').filter({ hasText: 'Check your email' }).waitFor();
    const link = page.getByRole('link', { name: 'Confirm my support request' });
    const href = await link.getAttribute('href');
    expect(href?.startsWith(portalUrl('/support/verify/'))).toBe(true);
    await link.click();
    await page.waitForURL('**/support/verify/*');
    const done = page.getByRole('status').filter({ hasText: 'Your request is now a ticket' });
    await done.waitFor();
    await done.getByText('Your ticket reference:').waitFor();
    expect(await done.getByText(/^#\d+$/).textContent()).toMatch(/^#\d+$/);

    // The link works once.
    await page.goto(href ?? '');
    await page.getByRole('alert').filter({ hasText: 'This link was already used or has expired.' }).waitFor();
  });
});
