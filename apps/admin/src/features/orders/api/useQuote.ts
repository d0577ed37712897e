import { useDebouncedValue } from '@mantine/hooks';
import { unwrap } from '@smartcrm/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { keepProblemExtensions } from '../../../api/problem-extensions';
import { orderQueryKeys, type QuoteRequest } from './order-types';

const quoteDelayMs = 400;

/**
 * The price function's live quote for the basket being typed: asked once typing settles, so a burst of
 * keystrokes costs one request; the last quote stays on screen while the next one loads.
 */
export function useQuote(request: QuoteRequest | null) {
  const [settled] = useDebouncedValue(request, quoteDelayMs);
  const query = useQuery({
    queryKey: [...orderQueryKeys.quote, settled],
    queryFn: ({ signal }) => {
      if (!settled) throw new Error('useQuote: nothing to price');
      return unwrap(
        api.POST('/api/catalog/quote', { body: settled, signal, middleware: [keepProblemExtensions] }),
      );
    },
    enabled: settled !== null,
    placeholderData: keepPreviousData,
    // Prices depend on the moment (promotion windows); an old answer is only a placeholder.
    staleTime: 0,
  });
  const pending = JSON.stringify(request) !== JSON.stringify(settled);
  return { ...query, settled, pending };
}
