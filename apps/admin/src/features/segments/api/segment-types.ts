import type { components, paths } from '@smartcrm/api-client';

type JsonBody<Operation> = Operation extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

export type Segment = components['schemas']['ClientSegment'];
export type SegmentRules = components['schemas']['SegmentRules'];
export type NewSegment = JsonBody<paths['/api/segments']['post']>;
export type SegmentChanges = JsonBody<paths['/api/segments/{id}']['patch']>;

export const segmentQueryKeys = {
  all: ['segments'] as const,
  list: (cursor: string | null) => ['segments', 'list', cursor] as const,
  detail: (id: number) => ['segments', 'detail', id] as const,
  preview: (rules: SegmentRules) => ['segments', 'preview', rules] as const,
  members: (id: number, cursor: string | null) => ['segments', 'members', id, cursor] as const,
  count: (id: number) => ['segments', 'count', id] as const,
};
