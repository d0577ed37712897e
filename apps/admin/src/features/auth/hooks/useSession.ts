import { type SessionSnapshot, useSessionSnapshot } from '@smartcrm/ui';
import { sessionStore } from './session-store';

export function useSession(): SessionSnapshot {
  return useSessionSnapshot(sessionStore);
}
