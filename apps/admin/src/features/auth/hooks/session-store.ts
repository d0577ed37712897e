import { isApiProblem, type LoginResponse, type User } from '@smartcrm/api-client';
import { createSingleFlight, refreshDelayMs } from '@smartcrm/ui';
import { endSessionOnServer, renewSessionOnServer } from '../api/session-requests';
import { isStaffRole } from '../utils/staff-access';

export type Session = { accessToken: string; user: User };
/** `restoring` until the start-up refresh has answered, so nothing decides on a session that is on its way. */
export type SessionStatus = 'restoring' | 'signed-in' | 'signed-out';
export type SessionEndReason = 'signed-out' | 'expired';
export type SessionSnapshot = {
  status: SessionStatus;
  session: Session | null;
  endReason: SessionEndReason | null;
};

// The access token lives only in memory, outside React so the API client can read it for every request;
// components subscribe through useSession. What survives a reload is the refresh token, in an httpOnly
// cookie no script can read.
let snapshot: SessionSnapshot = { status: 'restoring', session: null, endReason: null };
const listeners = new Set<() => void>();
let renewalTimer: ReturnType<typeof setTimeout> | undefined;
// Counts ended sessions, so a refresh that was already on its way when the user signed out is dropped.
let endedSessions = 0;
let restoring: Promise<void> | undefined;

function update(next: SessionSnapshot): void {
  snapshot = next;
  for (const listener of listeners) listener();
}

function start(input: Pick<LoginResponse, 'accessToken' | 'expiresIn' | 'user'>): void {
  clearTimeout(renewalTimer);
  // A failed renewal is not the end: the next call that gets a 401 tries again.
  renewalTimer = setTimeout(() => refresh().catch(() => undefined), refreshDelayMs(input.expiresIn));
  update({
    status: 'signed-in',
    session: { accessToken: input.accessToken, user: input.user },
    endReason: null,
  });
}

function end(reason: SessionEndReason): void {
  endedSessions += 1;
  clearTimeout(renewalTimer);
  // Only a session that existed can have ended; a visitor whose start-up refresh failed just signs in.
  const endReason = snapshot.session ? reason : snapshot.endReason;
  update({ status: 'signed-out', session: null, endReason });
}

// Tabs share the refresh cookie, and a refresh token presented twice ends the session, so tabs take
// turns. Web Locks are missing outside secure contexts (plain http off localhost); then each tab goes alone.
async function withRefreshLock<Result>(task: () => Promise<Result>): Promise<Result> {
  const locks: LockManager | undefined = navigator.locks;
  return locks ? await locks.request('smartcrm.admin.session-refresh', task) : task();
}

/** Renews the access token, or ends the session when the server will not; null then. Shared by concurrent callers. */
const refresh = createSingleFlight(async (): Promise<string | null> => {
  const endedBefore = endedSessions;
  try {
    const renewed = await withRefreshLock(renewSessionOnServer);
    if (endedSessions !== endedBefore) return null;
    if (!isStaffRole(renewed.user.role)) {
      await endSessionOnServer().catch(() => undefined);
      end('expired');
      return null;
    }
    start(renewed);
    return renewed.accessToken;
  } catch (error) {
    // A 401 means the session is gone (signed out elsewhere, expired, reused); anything else may pass.
    if (!isApiProblem(error) || error.status !== 401) throw error;
    if (endedSessions === endedBefore) end('expired');
    return null;
  }
});

export const sessionStore = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getSnapshot: (): SessionSnapshot => snapshot,
  // Sent even when it may have expired: the server is the judge, and its 401 starts a refresh.
  getAccessToken: (): string | null => snapshot.session?.accessToken ?? null,
  start,
  updateUser(user: User): void {
    if (snapshot.session) update({ ...snapshot, session: { ...snapshot.session, user } });
  },
  end,
  refresh,
  /** Signs the user back in at start-up when the browser still holds a live refresh cookie; runs once. */
  restore(): Promise<void> {
    restoring ??= refresh()
      .catch(() => null)
      .then(() => {
        if (snapshot.status === 'restoring') update({ ...snapshot, status: 'signed-out' });
      });
    return restoring;
  },
};
