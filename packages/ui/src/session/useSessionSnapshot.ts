import { useSyncExternalStore } from 'react';
import type { SessionSnapshot, SessionStore } from './session-store';

/** The store's current session, re-rendering whenever it starts, renews or ends. */
export function useSessionSnapshot(store: SessionStore): SessionSnapshot {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
