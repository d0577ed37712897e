import { createApiClient, type LoginResponse, unwrap } from '@smartcrm/api-client';

// These endpoints take the httpOnly refresh cookie as their credential, not the access token, so they use
// a client without the refreshing fetch: a failed refresh must never set off another one.
const sessionApi = createApiClient({ baseUrl: '' });

/** Exchanges the refresh cookie for a new access token and a new cookie (each cookie works once). */
export function renewSessionOnServer(): Promise<LoginResponse> {
  return unwrap(sessionApi.POST('/api/auth/refresh', { body: { app: 'admin' } }));
}

/** Ends this browser's session on the server and clears its refresh cookie. */
export async function endSessionOnServer(): Promise<void> {
  await sessionApi.POST('/api/auth/logout', { body: { app: 'admin' } });
}
