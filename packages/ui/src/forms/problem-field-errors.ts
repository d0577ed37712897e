import { isApiProblem } from '@smartcrm/api-client';

/**
 * The field-level messages of an API problem, grouped by form field. The problem names each failing
 * parameter (`body.email`, or `body.address.city` inside a nested object); `fields` maps parameters to the
 * form fields that show them, and failures of parameters the form does not have are left out.
 */
export function problemFieldErrors<Field extends string>(
  error: unknown,
  fields: Readonly<Record<string, Field>>,
): Partial<Record<Field, string[]>> {
  const grouped: Partial<Record<Field, string[]>> = {};
  if (!isApiProblem(error)) return grouped;
  for (const fieldError of error.errors ?? []) {
    const field = fieldOf(fieldError.parameter ?? fieldError.path, fields);
    if (!field) continue;
    grouped[field] = [...(grouped[field] ?? []), fieldError.message];
  }
  return grouped;
}

function fieldOf<Field extends string>(
  parameter: string | undefined,
  fields: Readonly<Record<string, Field>>,
): Field | undefined {
  if (!parameter) return undefined;
  if (Object.hasOwn(fields, parameter)) return fields[parameter];
  const parent = Object.keys(fields)
    .filter((name) => parameter.startsWith(`${name}.`))
    .sort((left, right) => right.length - left.length)[0];
  return parent === undefined ? undefined : fields[parent];
}
