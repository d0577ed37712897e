import { describe, expect, it } from 'vitest';
import { createSingleFlight } from './single-flight';
import { createTokenRefreshFetch } from './token-refresh-fetch';

type Sent = { method: string; path: string; token: string | null; body: string };

/** An API that accepts only the bearer tokens in `valid`, and records every request it receives. */
function fakeApi(valid: Set<string>) {
  const sent: Sent[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    const token = request.headers.get('Authorization')?.replace(/^Bearer /, '') ?? null;
    const path = new URL(request.url).pathname;
    sent.push({ method: request.method, path, token, body: await request.text() });
    if (token && !valid.has(token)) return Response.json({ code: 'token_expired' }, { status: 401 });
    if (path === '/api/auth/login') return Response.json({ code: 'invalid_credentials' }, { status: 401 });
    return Response.json({ ok: true });
  };
  return { sent, fetch };
}

function request(path: string, token: string | null, init: RequestInit = {}): Request {
  const headers = new Headers(init.headers);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  return new Request(`http://crm.test${path}`, { ...init, headers });
}

/** A session holding `token` whose refresh hands out `renewed` (or ends the session when it is null). */
function session(token: string | null, renewed: string | null) {
  const state = { token, refreshes: 0 };
  return {
    state,
    getToken: () => state.token,
    refreshToken: async () => {
      state.refreshes += 1;
      // A real refresh is a round trip: other requests may fail with the old token meanwhile.
      await new Promise((resolve) => setTimeout(resolve, 5));
      state.token = renewed;
      return renewed;
    },
  };
}

describe('createTokenRefreshFetch', () => {
  it('passes successful responses through without refreshing', async () => {
    const api = fakeApi(new Set(['token-1']));
    const { state, ...tokens } = session('token-1', 'token-2');
    const send = createTokenRefreshFetch({ ...tokens, fetch: api.fetch });

    const response = await send(request('/api/products', 'token-1'));

    expect(response.status).toBe(200);
    expect(state.refreshes).toBe(0);
  });

  it('leaves a 401 to a request sent without a token alone, such as a failed sign-in', async () => {
    const api = fakeApi(new Set());
    const { state, ...tokens } = session(null, 'token-2');
    const send = createTokenRefreshFetch({ ...tokens, fetch: api.fetch });

    const response = await send(request('/api/auth/login', null, { method: 'POST', body: '{}' }));

    expect(response.status).toBe(401);
    expect(state.refreshes).toBe(0);
    expect(api.sent).toHaveLength(1);
  });

  it('renews the token on a 401 and sends the request again, body included, with the new token', async () => {
    const api = fakeApi(new Set(['token-2']));
    const { state, ...tokens } = session('token-1', 'token-2');
    const send = createTokenRefreshFetch({ ...tokens, fetch: api.fetch });

    const response = await send(
      request('/api/tickets', 'token-1', { method: 'POST', body: JSON.stringify({ title: 'Printer' }) }),
    );

    expect(response.status).toBe(200);
    expect(state.refreshes).toBe(1);
    expect(api.sent).toEqual([
      { method: 'POST', path: '/api/tickets', token: 'token-1', body: '{"title":"Printer"}' },
      { method: 'POST', path: '/api/tickets', token: 'token-2', body: '{"title":"Printer"}' },
    ]);
  });

  it('returns the 401 without retrying when the session cannot be renewed', async () => {
    const api = fakeApi(new Set());
    const { state, ...tokens } = session('token-1', null);
    const send = createTokenRefreshFetch({ ...tokens, fetch: api.fetch });

    const response = await send(request('/api/products', 'token-1'));

    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ code: 'token_expired' });
    expect(state.refreshes).toBe(1);
    expect(api.sent).toHaveLength(1);
  });

  it('retries only once: a second 401 is the answer', async () => {
    const api = fakeApi(new Set());
    const { state, ...tokens } = session('token-1', 'token-2');
    const send = createTokenRefreshFetch({ ...tokens, fetch: api.fetch });

    const response = await send(request('/api/products', 'token-1'));

    expect(response.status).toBe(401);
    expect(state.refreshes).toBe(1);
    expect(api.sent.map((sent) => sent.token)).toEqual(['token-1', 'token-2']);
  });

  it('shares one refresh among requests that fail at the same time', async () => {
    const api = fakeApi(new Set(['token-2']));
    const { state, getToken, refreshToken } = session('token-1', 'token-2');
    const send = createTokenRefreshFetch({
      getToken,
      refreshToken: createSingleFlight(refreshToken),
      fetch: api.fetch,
    });

    const responses = await Promise.all(
      ['/api/products', '/api/clients', '/api/auth/me'].map((path) => send(request(path, 'token-1'))),
    );

    expect(responses.map((response) => response.status)).toEqual([200, 200, 200]);
    expect(state.refreshes).toBe(1);
    expect(api.sent.filter((sent) => sent.token === 'token-2')).toHaveLength(3);
  });

  it('retries with the token another request already renewed, without refreshing again', async () => {
    const api = fakeApi(new Set(['token-2']));
    const { state, ...tokens } = session('token-2', 'token-3');
    const send = createTokenRefreshFetch({ ...tokens, fetch: api.fetch });

    const response = await send(request('/api/products', 'token-1'));

    expect(response.status).toBe(200);
    expect(state.refreshes).toBe(0);
    expect(api.sent.map((sent) => sent.token)).toEqual(['token-1', 'token-2']);
  });

  it('does not refresh for a request that was on its way when the session ended', async () => {
    const api = fakeApi(new Set());
    const { state, ...tokens } = session(null, 'token-2');
    const send = createTokenRefreshFetch({ ...tokens, fetch: api.fetch });

    const response = await send(request('/api/products', 'token-1'));

    expect(response.status).toBe(401);
    expect(state.refreshes).toBe(0);
  });

  it('lets a failed refresh (the network is down) reject the call', async () => {
    const api = fakeApi(new Set());
    const send = createTokenRefreshFetch({
      getToken: () => 'token-1',
      refreshToken: () => Promise.reject(new TypeError('Failed to fetch')),
      fetch: api.fetch,
    });

    await expect(send(request('/api/products', 'token-1'))).rejects.toThrow('Failed to fetch');
  });
});
