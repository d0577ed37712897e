import { useSyncExternalStore } from 'react';
import { type SessionSnapshot, sessionStore } from './session-store';

export function useSession(): SessionSnapshot {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.getSnapshot);
}
