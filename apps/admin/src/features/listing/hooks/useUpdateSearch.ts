import { useCallback } from 'react';
import { type NavigateOptions, useSearchParams } from 'react-router';

/**
 * Changes the URL's query starting from the address bar as it is when the change happens, never from the
 * copy a render saw: the router moves the URL at once but renders the new parameters later (in a
 * transition), so a second change made in between, or a debounced one, would otherwise undo the first.
 */
export function useUpdateSearch() {
  const [, setSearch] = useSearchParams();
  return useCallback(
    (change: (current: URLSearchParams) => URLSearchParams, options?: NavigateOptions) =>
      setSearch(() => change(new URLSearchParams(window.location.search)), options),
    [setSearch],
  );
}
