import { useCallback, useEffect, useMemo, useState } from 'react';
import { markSeen, newArrivals, nothingSeen, type SeenTickets } from '../utils/new-arrivals';

type Arrival = { id: number; createdAt: string };

/**
 * Which tickets on the page arrived since the user last looked (the live refresh brings them in), and a
 * way to say "seen". Another view, filter or page starts afresh: what it shows first counts as seen.
 */
export function useNewArrivals(listKey: string, items: readonly Arrival[] | undefined) {
  const [state, setState] = useState<{ key: string; seen: SeenTickets | null }>({ key: listKey, seen: null });
  const current = state.key === listKey ? state.seen : null;

  useEffect(() => {
    if (!items) return;
    setState((previous) =>
      previous.key === listKey && previous.seen
        ? previous
        : { key: listKey, seen: markSeen(nothingSeen, items) },
    );
  }, [listKey, items]);

  const arrived = useMemo(() => (current && items ? newArrivals(current, items) : []), [current, items]);

  const acknowledge = useCallback(() => {
    if (!items) return;
    setState((previous) => ({ key: listKey, seen: markSeen(previous.seen ?? nothingSeen, items) }));
  }, [listKey, items]);

  return { arrived: new Set(arrived), count: arrived.length, acknowledge };
}
