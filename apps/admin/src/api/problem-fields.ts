import { isApiProblem } from '@smartcrm/api-client';

/**
 * The messages a problem's `errors` give for each field of one part of the request, keyed by field name:
 * `{ parameter: 'body.email', message }` becomes `{ email: [message] }` for the `body` location.
 */
export function problemFieldMessages(error: unknown, location = 'body'): Record<string, string[]> {
  const messages: Record<string, string[]> = {};
  if (!isApiProblem(error)) return messages;
  const prefix = `${location}.`;
  for (const item of error.errors ?? []) {
    const parameter = typeof item.parameter === 'string' ? item.parameter : item.path;
    if (!parameter?.startsWith(prefix)) continue;
    const field = parameter.slice(prefix.length);
    messages[field] = [...(messages[field] ?? []), item.message];
  }
  return messages;
}
