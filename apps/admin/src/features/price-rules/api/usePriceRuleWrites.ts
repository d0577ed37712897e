import { unwrap } from '@smartcrm/api-client';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { ifMatch } from '../../../api/if-match';
import { priceRuleQueryKeys } from './price-rule-resource';
import type { NewPriceRule, PriceRule, PriceRuleChanges } from './price-rule-types';

function rulesChanged(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: priceRuleQueryKeys.all });
  void queryClient.invalidateQueries({ queryKey: priceRuleQueryKeys.quotes });
  void queryClient.invalidateQueries({ queryKey: ['audit'] });
}

export function useCreatePriceRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewPriceRule) => unwrap(api.POST('/api/price-rules', { body })),
    onSuccess: () => rulesChanged(queryClient),
  });
}

/** Changes a rule as it was loaded (If-Match: a change made in between is a 412). */
export function useUpdatePriceRule(rule: Pick<PriceRule, 'id' | 'version'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: PriceRuleChanges) =>
      unwrap(
        api.PATCH('/api/price-rules/{id}', {
          params: { path: { id: rule.id } },
          body: changes,
          headers: ifMatch(rule.version),
        }),
      ),
    onSuccess: () => rulesChanged(queryClient),
  });
}

export function useDeletePriceRule(rule: Pick<PriceRule, 'id' | 'version'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await api.DELETE('/api/price-rules/{id}', {
        params: { path: { id: rule.id } },
        headers: ifMatch(rule.version),
      });
    },
    onSuccess: () => rulesChanged(queryClient),
  });
}

/** Lists the rules again, e.g. after a version conflict. */
export function useReloadPriceRules() {
  const queryClient = useQueryClient();
  return () => queryClient.refetchQueries({ queryKey: priceRuleQueryKeys.all });
}
