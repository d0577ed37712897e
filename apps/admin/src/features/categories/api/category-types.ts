import type { components, paths } from '@smartcrm/api-client';

type JsonBody<Operation> = Operation extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

/** A category of the tree with its children, as `GET /api/categories` answers. */
export type CategoryNode = components['schemas']['ProductCategoryNode'];
export type NewCategory = JsonBody<paths['/api/categories']['post']>;
export type CategoryChanges = JsonBody<paths['/api/categories/{id}']['patch']>;
