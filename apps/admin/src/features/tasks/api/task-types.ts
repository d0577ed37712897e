import type { components, paths } from '@smartcrm/api-client';

type JsonBody<Operation> = Operation extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

export type ClientTask = components['schemas']['ClientTask'];
export type TaskStatus = ClientTask['status'];
export type NewTask = JsonBody<paths['/api/tasks']['post']>;
export type TaskChanges = JsonBody<paths['/api/tasks/{id}']['patch']>;
export type TaskListQuery = NonNullable<paths['/api/tasks']['get']['parameters']['query']>;

export const taskQueryKeys = {
  all: ['tasks'] as const,
  list: (query: Omit<TaskListQuery, 'cursor'>) => ['tasks', 'list', query] as const,
};
