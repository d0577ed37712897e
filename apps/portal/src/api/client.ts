import { createApiClient } from '@smartcrm/api-client';

/** The portal only calls the public catalogue, so its client sends no token. */
export const api = createApiClient({ baseUrl: '' });
