import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clients } from '../../src/modules/clients';
import { createClient } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
let demoApp: TestApp;

beforeAll(async () => {
  testApp = await buildTestApp();
  demoApp = await buildTestApp({ env: { DEMO_MODE: 'true' } });
});
afterAll(async () => {
  await testApp.close();
  await demoApp.close();
});

const post = (app: TestApp, url: string, payload: object) => app.app.inject({ method: 'POST', url, payload });
const strong = 'amber falcon crosses dunes';

async function signUpAndVerify(app: TestApp, payload: { email: string; name: string; companyName?: string }) {
  const response = await post(app, '/api/auth/signup', { ...payload, password: strong });
  expect(response.statusCode).toBe(202);
  const url = response.json().verificationUrl as string;
  const token = new URL(url).searchParams.get('token');
  expect((await post(app, '/api/auth/verify-email', { token })).statusCode).toBe(204);
  const login = await post(app, '/api/auth/login', { email: payload.email, password: strong });
  expect(login.statusCode).toBe(200);
  return login.json();
}

describe('customer sign-up', () => {
  it('signs in only after the email is verified', async () => {
    const signup = await post(demoApp, '/api/auth/signup', {
      email: 'early@startup.example',
      name: 'Early Bird',
      password: strong,
    });
    expect(signup.statusCode).toBe(202);
    const blocked = await post(demoApp, '/api/auth/login', {
      email: 'early@startup.example',
      password: strong,
    });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('email_not_verified');
    const token = new URL(signup.json().verificationUrl).searchParams.get('token');
    expect((await post(demoApp, '/api/auth/verify-email', { token })).statusCode).toBe(204);
    expect((await post(demoApp, '/api/auth/verify-email', { token })).statusCode).toBe(400);
    expect(
      (await post(demoApp, '/api/auth/login', { email: 'early@startup.example', password: strong }))
        .statusCode,
    ).toBe(200);
  });

  it('links to the client whose contact email or company domain matches', async () => {
    const { db } = demoApp.context.database;
    const byContact = await createClient(db, { email: 'pat@acme-corp.example' });
    const session = await signUpAndVerify(demoApp, { email: 'Pat@Acme-Corp.example', name: 'Pat' });
    expect(session.user).toMatchObject({ role: 'customer', clientId: byContact.id });
    const colleague = await signUpAndVerify(demoApp, { email: 'lee@acme-corp.example', name: 'Lee' });
    expect(colleague.user.clientId).toBe(byContact.id);
  });

  it('creates a new lead for a stranger, never matching on personal mail domains', async () => {
    const { db } = demoApp.context.database;
    await createClient(db, { email: 'someone@gmail.com' });
    const session = await signUpAndVerify(demoApp, {
      email: 'founder@gmail.com',
      name: 'Fran Founder',
      companyName: 'Fran’s Bakery',
    });
    const [lead] = await db.select().from(clients).where(eq(clients.id, session.user.clientId));
    expect(lead).toMatchObject({
      companyName: 'Fran’s Bakery',
      status: 'lead',
      contactPerson: 'Fran Founder',
    });
  });

  it('answers the same for an email that already has an account, and hides the link outside demo mode', async () => {
    await signUpAndVerify(demoApp, { email: 'taken@shop.example', name: 'First' });
    const again = await post(demoApp, '/api/auth/signup', {
      email: 'taken@shop.example',
      name: 'Second',
      password: strong,
    });
    expect(again.statusCode).toBe(202);
    expect(again.json()).toEqual({ verificationUrl: null });
    const production = await post(testApp, '/api/auth/signup', {
      email: 'new@shop.example',
      name: 'New',
      password: strong,
    });
    expect(production.statusCode).toBe(202);
    expect(production.json()).toEqual({ verificationUrl: null });
  });

  it('refuses a weak password and unknown fields', async () => {
    const weak = await post(testApp, '/api/auth/signup', {
      email: 'w@shop.example',
      name: 'W',
      password: 'password123',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors[0].parameter).toBe('body.password');
    const sneaky = await post(testApp, '/api/auth/signup', {
      email: 's@shop.example',
      name: 'S',
      password: strong,
      role: 'admin',
    });
    expect(sneaky.statusCode).toBe(400);
  });
});
