import { isApiProblem, type LoginResponse, type User } from '@smartcrm/api-client';
import { refreshDelayMs } from './refresh-schedule';
import { createSingleFlight } from './single-flight';

export type Session = { accessToken: string; user: User };
/** `restoring` until the start-up refresh has answered, so nothing decides on a session that is on its way. */
export type SessionStatus = 'restoring' | 'signed-in' | 'signed-out';
export type SessionEndReason = 'signed-out' | 'expired';
export type SessionSnapshot = {
  status: SessionStatus;
  session: Session | null;
  endReason: SessionEndReason | null;
};
/** What starting a session needs: a sign-in or refresh answer. */
export type SessionGrant = Pick<LoginResponse, 'accessToken' | 'expiresIn' | 'user'>;

export type SessionStoreOptions = {
  /** Web Lock that this app's tabs take turns on while refreshing; one name per app. */
  lockName: string;
  /** Exchanges the refresh cookie for a new grant; rejects with a 401 ApiProblem when there is no session. */
  renewSession: () => Promise<SessionGrant>;
  /** Ends this browser's session on the server and clears its cookie. */
  endSession: () => Promise<void>;
  /** Whether this app serves the user; a renewed session of anybody else is ended at once. */
  acceptsUser: (user: User) => boolean;
  /** Web Locks, when they are not the browser's (tests); null runs every refresh without a lock. */
  locks?: Pick<LockManager, 'request'> | null;
};

export type SessionStore = {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => SessionSnapshot;
  /** Sent even when it may have expired: the server is the judge, and its 401 starts a refresh. */
  getAccessToken: () => string | null;
  start: (grant: SessionGrant) => void;
  updateUser: (user: User) => void;
  end: (reason: SessionEndReason) => void;
  /** Renews the access token, or ends the session when the server will not; null then. Single-flight. */
  refresh: () => Promise<string | null>;
  /** Signs the user back in at start-up when the browser still holds a live refresh cookie; runs once. */
  restore: () => Promise<void>;
};

/**
 * An app's session: the access token in memory only (outside React, so the API client can read it for
 * every request), renewed shortly before it expires and whenever a call answers 401. What survives a
 * reload is the refresh token, in an httpOnly cookie no script can read.
 */
export function createSessionStore(options: SessionStoreOptions): SessionStore {
  let snapshot: SessionSnapshot = { status: 'restoring', session: null, endReason: null };
  const listeners = new Set<() => void>();
  let renewalTimer: ReturnType<typeof setTimeout> | undefined;
  // Counts ended sessions, so a refresh that was already on its way when the user signed out is dropped.
  let endedSessions = 0;
  let restoring: Promise<void> | undefined;
  const locks = options.locks === undefined ? browserLocks() : options.locks;

  function update(next: SessionSnapshot): void {
    snapshot = next;
    for (const listener of listeners) listener();
  }

  function start(grant: SessionGrant): void {
    clearTimeout(renewalTimer);
    // A failed renewal is not the end: the next call that gets a 401 tries again.
    renewalTimer = setTimeout(() => refresh().catch(() => undefined), refreshDelayMs(grant.expiresIn));
    update({
      status: 'signed-in',
      session: { accessToken: grant.accessToken, user: grant.user },
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
    return locks ? await locks.request(options.lockName, task) : task();
  }

  const refresh = createSingleFlight(async (): Promise<string | null> => {
    const endedBefore = endedSessions;
    try {
      const renewed = await withRefreshLock(options.renewSession);
      if (endedSessions !== endedBefore) return null;
      if (!options.acceptsUser(renewed.user)) {
        await options.endSession().catch(() => undefined);
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

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    getAccessToken: () => snapshot.session?.accessToken ?? null,
    start,
    updateUser(user) {
      if (snapshot.session) update({ ...snapshot, session: { ...snapshot.session, user } });
    },
    end,
    refresh,
    restore() {
      restoring ??= refresh()
        .catch(() => null)
        .then(() => {
          if (snapshot.status === 'restoring') update({ ...snapshot, status: 'signed-out' });
        });
      return restoring;
    },
  };
}

function browserLocks(): LockManager | null {
  if (typeof navigator === 'undefined') return null;
  // Typed as always there, but browsers leave it out of insecure contexts.
  const locks: LockManager | undefined = navigator.locks;
  return locks ?? null;
}
