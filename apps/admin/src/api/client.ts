import { createApiClient } from '@smartcrm/api-client';
import { sessionStore } from '../features/auth/hooks/session-store';

/** The app's one API client: same-origin `/api/...` calls carrying the signed-in user's token. */
export const api = createApiClient({
  baseUrl: '',
  getToken: sessionStore.getAccessToken,
  onUnauthorized: () => sessionStore.end('expired'),
});
