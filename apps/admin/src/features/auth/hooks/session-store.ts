import type { User } from '@smartcrm/api-client';
import { readStoredSession, type Session, writeStoredSession } from '../utils/session-storage';

export type SessionEndReason = 'signed-out' | 'expired';
export type SessionSnapshot = { session: Session | null; endReason: SessionEndReason | null };

// The token lives outside React so the API client can read it for every request; components
// subscribe through useSession.
let snapshot: SessionSnapshot = { session: readStoredSession(), endReason: null };
const listeners = new Set<() => void>();

function update(next: SessionSnapshot): void {
  snapshot = next;
  writeStoredSession(next.session);
  for (const listener of listeners) listener();
}

export const sessionStore = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getSnapshot: (): SessionSnapshot => snapshot,
  getAccessToken(): string | null {
    const session = snapshot.session;
    return session && session.expiresAt > Date.now() ? session.accessToken : null;
  },
  start(input: { accessToken: string; expiresIn: number; user: User }): void {
    const expiresAt = Date.now() + input.expiresIn * 1000;
    update({ session: { accessToken: input.accessToken, expiresAt, user: input.user }, endReason: null });
  },
  updateUser(user: User): void {
    if (snapshot.session) update({ ...snapshot, session: { ...snapshot.session, user } });
  },
  end(reason: SessionEndReason): void {
    if (snapshot.session) update({ session: null, endReason: reason });
  },
};
