import type { User } from '@smartcrm/api-client';

export type Session = { accessToken: string; expiresAt: number; user: User };

const storageKey = 'smartcrm.admin.session';

/** Reads the session saved for this tab, dropping it when it has expired or cannot be parsed. */
export function readStoredSession(now = Date.now()): Session | null {
  try {
    const raw = sessionStorage.getItem(storageKey);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    if (typeof session.accessToken !== 'string' || session.expiresAt <= now) {
      sessionStorage.removeItem(storageKey);
      return null;
    }
    return session;
  } catch {
    return null;
  }
}

export function writeStoredSession(session: Session | null): void {
  try {
    if (session) sessionStorage.setItem(storageKey, JSON.stringify(session));
    else sessionStorage.removeItem(storageKey);
  } catch {
    // Without storage the session still lives in memory until the tab is reloaded.
  }
}
