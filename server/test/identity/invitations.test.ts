import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type Session } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
let admin: Session;
let now = new Date();

beforeAll(async () => {
  testApp = await buildTestApp({ clock: () => now });
  admin = await loginAs(testApp.app, testApp.context.database.db, 'admin');
});
afterAll(() => testApp.close());

const call = (method: 'GET' | 'POST' | 'DELETE', url: string, session: Session, payload?: object) =>
  testApp.app.inject({ method, url, payload, headers: session.headers });

type Invitation = { user: { id: number; email: string }; status: string; invitedBy: { id: number } | null };

async function invite(email: string, role = 'agent') {
  const response = await call('POST', '/api/users', admin, { email, role });
  expect(response.statusCode).toBe(201);
  return response.json() as { user: { id: number }; invitation: { url: string } };
}

const listInvitations = async (query = '') => {
  const response = await call('GET', `/api/invitations${query}`, admin);
  expect(response.statusCode).toBe(200);
  return (response.json() as { items: Invitation[] }).items;
};

describe('pending invitations', () => {
  it('lists invitations not yet accepted with who sent them, and drops accepted ones', async () => {
    const first = await invite('first.invitee@example.com');
    const second = await invite('second.invitee@example.com', 'sales');
    const items = await listInvitations();
    const emails = items.map((item) => item.user.email);
    expect(emails).toEqual(
      expect.arrayContaining(['first.invitee@example.com', 'second.invitee@example.com']),
    );
    expect(items.find((item) => item.user.id === first.user.id)).toMatchObject({
      status: 'pending',
      invitedBy: { id: admin.userId },
    });
    expect((await listInvitations('?role=sales')).map((item) => item.user.id)).toEqual([second.user.id]);

    const token = new URL(first.invitation.url).searchParams.get('token');
    const accept = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/invitation/accept',
      payload: { token, password: 'copper kettle whistles loud' },
    });
    expect(accept.statusCode).toBe(204);
    expect((await listInvitations()).map((item) => item.user.id)).not.toContain(first.user.id);
  });

  it('shows a lapsed invitation as expired until a fresh link is sent', async () => {
    const { user } = await invite('late.invitee@example.com');
    now = new Date(now.getTime() + 30 * 86_400_000);
    try {
      const lapsed = (await listInvitations()).find((item) => item.user.id === user.id);
      expect(lapsed?.status).toBe('expired');
      expect((await call('POST', `/api/users/${user.id}/invitation`, admin)).statusCode).toBe(201);
      const renewed = (await listInvitations()).find((item) => item.user.id === user.id);
      expect(renewed?.status).toBe('pending');
    } finally {
      now = new Date();
    }
  });

  it('withdraws an invitation: the waiting account and its link are gone, and it is audited', async () => {
    const { user, invitation } = await invite('withdrawn.invitee@example.com');
    expect((await call('DELETE', `/api/invitations/${user.id}`, admin)).statusCode).toBe(204);
    expect((await call('GET', `/api/users/${user.id}`, admin)).statusCode).toBe(404);
    const accept = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/invitation/accept',
      payload: {
        token: new URL(invitation.url).searchParams.get('token'),
        password: 'copper kettle whistles loud',
      },
    });
    expect(accept.statusCode).toBe(400);
    const audit = await call('GET', `/api/audit?resource=user&resourceId=${user.id}`, admin);
    expect((audit.json() as { items: { action: string }[] }).items.map((entry) => entry.action)).toEqual([
      'revoke_invitation',
      'invite',
    ]);
  });

  it('will not withdraw an accepted invitation or one that does not exist', async () => {
    const accepted = await call('DELETE', `/api/invitations/${admin.userId}`, admin);
    expect(accepted.statusCode).toBe(409);
    expect(accepted.json().code).toBe('already_accepted');
    const missing = await call('DELETE', '/api/invitations/999999', admin);
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
  });

  it('searches by email or name and leaves deactivated accounts out', async () => {
    const { user } = await invite('searchable.person@example.com');
    const { user: deactivated } = await invite('deactivated.invitee@example.com');
    expect((await listInvitations('?q=searchable')).map((item) => item.user.id)).toEqual([user.id]);

    const current = await call('GET', `/api/users/${deactivated.id}`, admin);
    const deactivate = await testApp.app.inject({
      method: 'PATCH',
      url: `/api/users/${deactivated.id}`,
      headers: { ...admin.headers, 'if-match': current.headers.etag as string },
      payload: { isActive: false },
    });
    expect(deactivate.statusCode).toBe(200);
    expect((await listInvitations()).map((item) => item.user.id)).not.toContain(deactivated.id);
    const resend = await call('POST', `/api/users/${deactivated.id}/invitation`, admin);
    expect(resend.statusCode).toBe(409);
    expect(resend.json().code).toBe('account_inactive');
  });

  it('is for admins only', async () => {
    const manager = await loginAs(testApp.app, testApp.context.database.db, 'manager');
    expect((await call('GET', '/api/invitations', manager)).statusCode).toBe(403);
    expect((await call('DELETE', `/api/invitations/${admin.userId}`, manager)).statusCode).toBe(403);
  });
});
