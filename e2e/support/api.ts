import { inject } from 'vitest';

/** Calls the suite's API directly, to compare what the UI shows with what the server says. */
export async function getJson<T>(path: string, token?: string): Promise<T> {
  const response = await fetch(`${inject('suite').apiUrl}${path}`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

export async function postJson(path: string, body: unknown, token?: string): Promise<Response> {
  return fetch(`${inject('suite').apiUrl}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
}

/** Signs in without a browser and returns the access token. */
export async function signInThroughApi(credentials: { email: string; password: string }): Promise<string> {
  const response = await postJson('/api/auth/login', { ...credentials, refreshTokenIn: 'body' });
  if (!response.ok) throw new Error(`Signing in as ${credentials.email} answered ${response.status}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/**
 * Creates a staff account the way people get one, through the API: an admin invites, the invitation link
 * sets the password. Specs that change an account use one of these rather than a shared demo account.
 */
export async function createStaffAccount(
  adminToken: string,
  account: { email: string; name: string; role: 'manager' | 'agent' | 'sales'; password: string },
): Promise<{ id: number }> {
  const { password, ...invitation } = account;
  const invited = await postJson('/api/users', invitation, adminToken);
  if (invited.status !== 201) throw new Error(`Inviting ${account.email} answered ${invited.status}`);
  const { user, invitation: link } = (await invited.json()) as {
    user: { id: number };
    invitation: { url: string };
  };
  const token = new URL(link.url).searchParams.get('token');
  const accepted = await postJson('/api/auth/invitation/accept', { token, password });
  if (accepted.status !== 204) throw new Error(`Accepting the invitation answered ${accepted.status}`);
  return { id: user.id };
}

/** An email address no other test (or earlier run on the same database) has used. */
export function uniqueEmail(name: string): string {
  return `${name}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.com`;
}

/** POSTs and answers the body, or throws with what the server said when the status is not the expected one. */
export async function postExpecting<T>(
  path: string,
  body: unknown,
  token: string,
  expected = 201,
): Promise<T> {
  const response = await postJson(path, body, token);
  if (response.status !== expected) {
    throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
  }
  return (await response.json()) as T;
}

/** A customer account of the client, created the way customers get one: invited, then a password set. */
export async function createCustomerAccount(
  adminToken: string,
  customer: { email: string; name: string; password: string; clientId: number },
) {
  const { password, ...invitation } = customer;
  const { invitation: link } = await postExpecting<{ invitation: { url: string } }>(
    '/api/users',
    { ...invitation, role: 'customer' },
    adminToken,
  );
  const token = new URL(link.url).searchParams.get('token');
  const accepted = await postJson('/api/auth/invitation/accept', { token, password });
  if (accepted.status !== 204) throw new Error(`Accepting the invitation answered ${accepted.status}`);
}
