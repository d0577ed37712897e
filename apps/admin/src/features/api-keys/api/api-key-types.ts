import type { paths } from '@smartcrm/api-client';

// Read from the paths, like the client's own entity types; the client does not name these (yet).
type ApiKeyPaths = paths['/api/api-keys'];

/** One of the signed-in user's API keys, as listed: never the key itself. */
export type ApiKey = ApiKeyPaths['get']['responses'][200]['content']['application/json']['items'][number];
export type ApiKeyStatus = ApiKey['status'];
export type NewApiKey = ApiKeyPaths['post']['requestBody']['content']['application/json'];
/** The answer to a creation: the only time the key itself is shown. */
export type CreatedApiKey = ApiKeyPaths['post']['responses'][201]['content']['application/json'];

export const apiKeyQueryKeys = {
  all: ['api-keys'] as const,
  scopes: ['api-keys', 'scopes'] as const,
  audit: ['audit'] as const,
};
