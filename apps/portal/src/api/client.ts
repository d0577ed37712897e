import { createApiClient } from '@smartcrm/api-client';
import { createTokenRefreshFetch } from '@smartcrm/ui';
import { sessionStore } from '../features/auth/hooks/session-store';

/**
 * The portal's one API client: same-origin `/api/...` calls, carrying the customer's token once they have
 * signed in (the catalogue is public and works without). A call that gets a 401 renews the token (one
 * refresh shared by all such calls) and is sent once more.
 */
export const api = createApiClient({
  baseUrl: '',
  getToken: sessionStore.getAccessToken,
  fetch: createTokenRefreshFetch({
    getToken: sessionStore.getAccessToken,
    refreshToken: sessionStore.refresh,
  }),
});
