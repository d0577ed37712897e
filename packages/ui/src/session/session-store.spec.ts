import { ApiProblem, type User, type UserRole } from '@smartcrm/api-client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSessionStore, type SessionGrant, type SessionStoreOptions } from './session-store';

function user(role: UserRole): User {
  return {
    id: 7,
    email: `${role}@example.com`,
    username: role,
    name: 'Casey',
    role,
    clientId: role === 'customer' ? 3 : null,
    phone: null,
    locale: 'en',
    timeZone: 'UTC',
    avatarUrl: null,
    version: 1,
  };
}

const grant = (accessToken: string, role: UserRole = 'customer'): SessionGrant => ({
  accessToken,
  expiresIn: 900,
  user: user(role),
});

const noSession = () =>
  new ApiProblem({
    type: 'about:blank',
    title: 'Unauthorized',
    status: 401,
    detail: 'No refresh token was sent; sign in again',
    code: 'invalid_refresh_token',
  });

function store(overrides: Partial<SessionStoreOptions> = {}) {
  const endSession = vi.fn(async () => undefined);
  const sessionStore = createSessionStore({
    lockName: 'test.session-refresh',
    renewSession: async () => grant('token-2'),
    endSession,
    acceptsUser: (candidate) => candidate.role === 'customer',
    locks: null,
    ...overrides,
  });
  return { sessionStore, endSession };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('createSessionStore', () => {
  it('restores a session the refresh cookie still holds', async () => {
    const { sessionStore } = store();
    expect(sessionStore.getSnapshot().status).toBe('restoring');

    await sessionStore.restore();

    expect(sessionStore.getSnapshot()).toMatchObject({ status: 'signed-in', endReason: null });
    expect(sessionStore.getAccessToken()).toBe('token-2');
  });

  it('treats a 401 at start-up as a visitor who is signed out, not as an ended session', async () => {
    const { sessionStore } = store({ renewSession: () => Promise.reject(noSession()) });

    await sessionStore.restore();

    expect(sessionStore.getSnapshot()).toEqual({ status: 'signed-out', session: null, endReason: null });
  });

  it('settles as signed out when the server cannot be reached at start-up', async () => {
    const { sessionStore } = store({ renewSession: () => Promise.reject(new TypeError('Failed to fetch')) });

    await sessionStore.restore();

    expect(sessionStore.getSnapshot().status).toBe('signed-out');
  });

  it('refreshes only once at start-up, however often restore is called', async () => {
    const renewSession = vi.fn(async () => grant('token-2'));
    const { sessionStore } = store({ renewSession });

    await Promise.all([sessionStore.restore(), sessionStore.restore()]);
    await sessionStore.restore();

    expect(renewSession).toHaveBeenCalledTimes(1);
  });

  it('ends a renewed session of a user the app does not serve, on the server too', async () => {
    const { sessionStore, endSession } = store({ renewSession: async () => grant('token-2', 'agent') });

    await sessionStore.restore();

    expect(endSession).toHaveBeenCalledTimes(1);
    expect(sessionStore.getSnapshot().status).toBe('signed-out');
    expect(sessionStore.getAccessToken()).toBeNull();
  });

  it('says the session expired when a refresh of a live session answers 401', async () => {
    const { sessionStore } = store({ renewSession: () => Promise.reject(noSession()) });
    sessionStore.start(grant('token-1'));

    expect(await sessionStore.refresh()).toBeNull();

    expect(sessionStore.getSnapshot()).toEqual({ status: 'signed-out', session: null, endReason: 'expired' });
  });

  it('drops a refresh that answers after the user signed out', async () => {
    let answer!: (value: SessionGrant) => void;
    const { sessionStore } = store({
      renewSession: () =>
        new Promise<SessionGrant>((resolve) => {
          answer = resolve;
        }),
    });
    sessionStore.start(grant('token-1'));

    const refreshing = sessionStore.refresh();
    await vi.waitFor(() => expect(answer).toBeTypeOf('function'));
    sessionStore.end('signed-out');
    answer(grant('token-2'));

    expect(await refreshing).toBeNull();
    expect(sessionStore.getSnapshot()).toMatchObject({ status: 'signed-out', endReason: 'signed-out' });
  });

  it('renews the token a minute before it expires, without a call failing first', async () => {
    vi.useFakeTimers();
    const renewSession = vi.fn(async () => grant('token-2'));
    const { sessionStore } = store({ renewSession });
    sessionStore.start(grant('token-1'));

    await vi.advanceTimersByTimeAsync(13 * 60_000);
    expect(renewSession).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(60_000);

    expect(renewSession).toHaveBeenCalledTimes(1);
    expect(sessionStore.getAccessToken()).toBe('token-2');
  });

  it('stops renewing once the session has ended', async () => {
    vi.useFakeTimers();
    const renewSession = vi.fn(async () => grant('token-2'));
    const { sessionStore } = store({ renewSession });
    sessionStore.start(grant('token-1'));

    sessionStore.end('signed-out');
    await vi.advanceTimersByTimeAsync(60 * 60_000);

    expect(renewSession).not.toHaveBeenCalled();
  });

  it('takes the named lock around every refresh, so tabs take turns', async () => {
    const taken: string[] = [];
    const locks = {
      request: (async (name: string, task: () => Promise<unknown>) => {
        taken.push(name);
        return task();
      }) as unknown as LockManager['request'],
    };
    const { sessionStore } = store({ locks });

    await sessionStore.restore();

    expect(taken).toEqual(['test.session-refresh']);
  });

  it('tells subscribers about every change, and stops when they unsubscribe', async () => {
    const { sessionStore } = store();
    const heard = vi.fn();
    const unsubscribe = sessionStore.subscribe(heard);

    await sessionStore.restore();
    sessionStore.updateUser({ ...user('customer'), name: 'Casey Jones' });
    unsubscribe();
    sessionStore.end('signed-out');

    expect(heard).toHaveBeenCalledTimes(2);
  });
});
