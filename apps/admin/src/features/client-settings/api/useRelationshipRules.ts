import { type components, unwrap } from '@smartcrm/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { ifMatch } from '../../../api/if-match';

export type RelationshipRule = components['schemas']['RelationshipRule'];

const rulesKey = ['relationship-rules'] as const;

/** "No contact in N days" and "renewal due in N days", which create follow-up tasks on a schedule. */
export function useRelationshipRules() {
  return useQuery({
    queryKey: rulesKey,
    queryFn: ({ signal }) => unwrap(api.GET('/api/relationship-rules', { signal })),
    select: (result) => result.items,
  });
}

export type RuleSave = { rule: Pick<RelationshipRule, 'kind' | 'version'>; days: number; isActive: boolean };

/** Saves a rule from the version read ("0" for one never saved), so a newer change is not overwritten. */
export function useSaveRelationshipRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ rule, days, isActive }: RuleSave) =>
      unwrap(
        api.PUT('/api/relationship-rules/{kind}', {
          params: { path: { kind: rule.kind } },
          body: { days, isActive },
          headers: ifMatch(rule.version),
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: rulesKey }),
  });
}

/** Runs the rules and sends due reminders now instead of waiting for the schedule. */
export function useRunRelationshipRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/relationship-rules/run')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tasks'] }),
  });
}
