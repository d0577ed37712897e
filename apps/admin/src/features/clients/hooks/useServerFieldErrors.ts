import type { UseFormReturnType } from '@mantine/form';
import { useEffect, useRef } from 'react';
import { problemFieldMessages } from '../../../api/problem-fields';

/**
 * Puts the field errors of a failed write (`errors` of a 400) next to the form's fields, whose paths are
 * the request body's (`email`, `customFields.region`). Each failure is shown once, so the user's edits
 * clear its messages as usual.
 */
export function useServerFieldErrors<Values>(form: UseFormReturnType<Values>, error: unknown) {
  const shown = useRef<unknown>(null);
  useEffect(() => {
    if (!error || shown.current === error) return;
    shown.current = error;
    const messages = problemFieldMessages(error);
    if (Object.keys(messages).length === 0) return;
    form.setErrors(
      Object.fromEntries(Object.entries(messages).map(([field, list]) => [field, list.join('; ')])),
    );
  }, [error, form]);
}
