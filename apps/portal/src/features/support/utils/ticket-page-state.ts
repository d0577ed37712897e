/** What the ticket page is told by the form that just opened the ticket (router state, not in the URL). */
export type TicketCreatedState = { created: true; failedUploads: string[] };

export function isTicketCreatedState(value: unknown): value is TicketCreatedState {
  return (
    typeof value === 'object' &&
    value !== null &&
    'created' in value &&
    value.created === true &&
    'failedUploads' in value &&
    Array.isArray(value.failedUploads)
  );
}
