import { useMutation, useQueryClient } from '@tanstack/react-query';

/** A settings write that marks the lists it touches stale, whether it succeeded or not. */
export function useSettingsWrite<Input, Output>(
  write: (input: Input) => Promise<Output>,
  touches: readonly (readonly string[])[],
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSettled: () => Promise.all(touches.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}
