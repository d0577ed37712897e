import { useState } from 'react';

/**
 * Previous/Next paging through a keyset list, kept in the component: the cursors of the pages after the
 * first, so Previous can step back without the server knowing about pages.
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<string[]>([]);
  return {
    cursor: cursors.at(-1),
    pageNumber: cursors.length + 1,
    hasPrevious: cursors.length > 0,
    goNext: (nextCursor: string) => setCursors((current) => [...current, nextCursor]),
    goPrevious: () => setCursors((current) => current.slice(0, -1)),
  };
}
