import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, TEST_PASSWORD } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;

beforeAll(async () => {
  testApp = await buildTestApp({ env: { LOGIN_LOCKOUT_THRESHOLD: '3', LOGIN_LOCKOUT_BASE_SECONDS: '1' } });
});
afterAll(() => testApp.close());

const login = (email: string, password: string) =>
  testApp.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });

async function failTimes(email: string, times: number) {
  for (let attempt = 0; attempt < times; attempt++)
    expect((await login(email, 'wrong password')).statusCode).toBe(401);
}

describe('sign-in lockout', () => {
  it('locks an email after repeated failures, even against the right password, then lets it in again', async () => {
    const user = await createUser(testApp.context.database.db, 'agent');
    await failTimes(user.email, 3);
    const locked = await login(user.email, TEST_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('too_many_attempts');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThanOrEqual(1);

    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await login(user.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('answers a locked unknown email exactly like a locked real one', async () => {
    const user = await createUser(testApp.context.database.db, 'sales');
    await failTimes(user.email, 3);
    await failTimes('nobody-here@test.example', 3);
    const real = await login(user.email, 'wrong password');
    const unknown = await login('nobody-here@test.example', 'wrong password');
    expect(real.statusCode).toBe(429);
    expect(unknown.statusCode).toBe(429);
    expect(unknown.json().detail).toBe(real.json().detail);
  });

  it('doubles the wait with each further failure', async () => {
    const user = await createUser(testApp.context.database.db, 'manager');
    await failTimes(user.email, 3);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await login(user.email, 'wrong password')).statusCode).toBe(401); // fourth failure: 2 s
    const locked = await login(user.email, TEST_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBe(2);
  });

  it('forgets earlier failures after a successful sign-in', async () => {
    const user = await createUser(testApp.context.database.db, 'admin');
    await failTimes(user.email, 2);
    expect((await login(user.email, TEST_PASSWORD)).statusCode).toBe(200);
    await failTimes(user.email, 2);
    expect((await login(user.email, TEST_PASSWORD)).statusCode).toBe(200);
  });
});
