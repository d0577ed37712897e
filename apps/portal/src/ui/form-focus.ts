import type { UseFormReturnType } from '@mantine/form';

/** Moves focus to the first field with an error, so keyboard and screen-reader users land on what to fix. */
export function focusFirstError<Values>(
  form: UseFormReturnType<Values>,
  errors: Partial<Record<string, unknown>>,
): void {
  const first = Object.keys(errors).find((path) => Boolean(errors[path]));
  if (first) form.getInputNode(first)?.focus();
}

/** Shows errors the server found on the form's fields, and focuses the first of them. */
export function showServerErrors<Values>(
  form: UseFormReturnType<Values>,
  errors: Partial<Record<string, string>>,
): void {
  form.setErrors(errors);
  // After React has rendered the messages, so the field's description includes them when focus lands.
  requestAnimationFrame(() => focusFirstError(form, errors));
}
