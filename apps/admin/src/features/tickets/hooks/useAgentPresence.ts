import { useEffect } from 'react';
import { api } from '../../../api/client';

// Well inside the server's idle time (TICKET_AGENT_IDLE_MINUTES, 15 by default), even where a browser slows
// the timers of a tab in the background to once a minute.
const PRESENCE_INTERVAL_MS = 60_000;

/**
 * Tells the server every minute that the signed-in agent's app is open, whatever their availability (their
 * own may not be on the agent list's first page): an agent online or away not heard from for a while (tab
 * closed, computer asleep) is set offline and stops getting tickets.
 */
export function useAgentPresence() {
  useEffect(() => {
    // A missed beat is harmless: the next one comes a minute later, long before the idle time runs out.
    const beat = () => void api.POST('/api/tickets/agents/me/presence').catch(() => undefined);
    beat();
    const timer = window.setInterval(beat, PRESENCE_INTERVAL_MS);
    return () => window.clearInterval(timer);
  }, []);
}
