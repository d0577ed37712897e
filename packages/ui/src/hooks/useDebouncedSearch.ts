import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';

const searchDelayMs = 300;

export type DebouncedSearch = { text: string; setText: (text: string) => void };

/**
 * The text of a search box whose committed value (`query`) lives in the URL: `onQueryChange` is called
 * once the user stops typing, and the text follows `query` when it changes from outside.
 */
export function useDebouncedSearch(query: string, onQueryChange: (query: string) => void): DebouncedSearch {
  const [text, setText] = useState(query);
  const [debouncedText] = useDebouncedValue(text, searchDelayMs);

  // Follow the URL when it changes from outside (Back button, a link).
  useEffect(() => setText(query), [query]);

  // Only a settled value the user typed is a new search; a stale debounced value after a URL change is not.
  useEffect(() => {
    if (debouncedText === text && debouncedText !== query) onQueryChange(debouncedText);
  }, [debouncedText, text, query, onQueryChange]);

  return { text, setText };
}
