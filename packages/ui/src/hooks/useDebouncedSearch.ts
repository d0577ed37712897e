import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useRef, useState } from 'react';

const searchDelayMs = 300;

export type DebouncedSearch = { text: string; setText: (text: string) => void };

/**
 * The text of a search box whose committed value (`query`) lives in the URL: `onQueryChange` is called
 * once the user stops typing, and the text follows `query` when it changes from outside.
 */
export function useDebouncedSearch(query: string, onQueryChange: (query: string) => void): DebouncedSearch {
  const [text, setTextState] = useState(query);
  const [debouncedText] = useDebouncedValue(text, searchDelayMs);
  // Whether the text holds typing not yet sent. Only typing is ever sent: when the URL changes from outside
  // ("Clear filters", Back, a saved view), the render that sees the new query still holds the old text
  // for a moment, and sending that would bring the cleared value back.
  const typed = useRef(false);

  const setText = useCallback((value: string) => {
    typed.current = true;
    setTextState(value);
  }, []);

  // Follow the URL when it changes from outside; this runs before the effect below in the same commit.
  useEffect(() => {
    typed.current = false;
    setTextState(query);
  }, [query]);

  useEffect(() => {
    if (typed.current && debouncedText === text && debouncedText !== query) {
      typed.current = false;
      onQueryChange(debouncedText);
    }
  }, [debouncedText, text, query, onQueryChange]);

  return { text, setText };
}
