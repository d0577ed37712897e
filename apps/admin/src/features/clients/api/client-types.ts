import type { Client, components, paths } from '@smartcrm/api-client';

// Read from the generated schema, like the client's own entity types; the client does not name these (yet).
type Schemas = components['schemas'];
type JsonBody<Operation> = Operation extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

export type ClientStage = Client['stage'];
export type ClientTier = Client['tier'];
export type ClientContact = Schemas['ClientContact'];
export type ClientInteraction = Schemas['ClientInteraction'];
export type InteractionKind = ClientInteraction['kind'];
export type TimelineItem = Schemas['ClientTimelineItem'];
export type TimelineType = TimelineItem['type'];
export type ClientRfm = Schemas['ClientRfm'];
export type SatisfactionResponse = Schemas['SatisfactionResponse'];
export type SatisfactionKind = SatisfactionResponse['kind'];
export type ClientSatisfaction = Schemas['SatisfactionFigures'] & { recent: SatisfactionResponse[] };
export type CustomFieldDefinition = Schemas['CustomFieldDefinition'];
export type CustomFieldType = CustomFieldDefinition['type'];
export type ClientImportReport = Schemas['ClientImportReport'];
export type ClientImportField = Schemas['ClientImportField'];
export type StaffMember = Schemas['StaffMember'];
export type DuplicateCandidate = NonNullable<
  paths['/api/clients/{id}/duplicates']['get']['responses'][200]['content']['application/json']
>['items'][number];
export type MergeResult =
  paths['/api/clients/{id}/merge']['post']['responses'][200]['content']['application/json'];
export type Pipeline = paths['/api/clients/pipeline']['get']['responses'][200]['content']['application/json'];
export type PipelineColumn = Pipeline['stages'][number];

export type NewClient = JsonBody<paths['/api/clients']['post']>;
export type ClientChanges = JsonBody<paths['/api/clients/{id}']['patch']>;
export type StageChange = JsonBody<paths['/api/clients/{id}/stage']['post']>;
export type NewContact = JsonBody<paths['/api/clients/{id}/contacts']['post']>;
export type ContactChanges = JsonBody<paths['/api/clients/{id}/contacts/{contactId}']['patch']>;
export type NewInteraction = JsonBody<paths['/api/clients/{id}/interactions']['post']>;
export type NewSatisfactionResponse = JsonBody<paths['/api/clients/{id}/satisfaction']['post']>;
export type NewCustomField = JsonBody<paths['/api/custom-fields']['post']>;
export type CustomFieldChanges = JsonBody<paths['/api/custom-fields/{id}']['patch']>;
export type ClientExportQuery = NonNullable<paths['/api/clients/export.csv']['get']['parameters']['query']>;
export type PipelineQuery = NonNullable<paths['/api/clients/pipeline']['get']['parameters']['query']>;

export const clientStages = [
  'lead',
  'prospect',
  'customer',
  'churned',
] as const satisfies readonly ClientStage[];
export const clientTiers = [
  'standard',
  'silver',
  'gold',
  'platinum',
] as const satisfies readonly ClientTier[];
export const interactionKinds = [
  'call',
  'email',
  'meeting',
  'note',
] as const satisfies readonly InteractionKind[];
export const customFieldTypes = [
  'text',
  'number',
  'date',
  'boolean',
  'select',
] as const satisfies readonly CustomFieldType[];

/** The list filters the clients endpoints take besides the search, as query parameters. */
export const clientFilterKeys = ['stage', 'tier', 'ownerUserId', 'tag', 'industry', 'archived'] as const;

/** Query keys of client data; `all` makes every one of them stale after a write that touches several. */
export const clientQueryKeys = {
  all: ['clients'] as const,
  lists: ['clients', 'list'] as const,
  detail: (id: number) => ['clients', 'detail', id] as const,
  pipeline: ['clients', 'pipeline'] as const,
  related: (id: number) => ['clients', 'related', id] as const,
  contacts: (id: number) => ['clients', 'related', id, 'contacts'] as const,
  timeline: (id: number) => ['clients', 'related', id, 'timeline'] as const,
  interactions: (id: number) => ['clients', 'related', id, 'interactions'] as const,
  satisfaction: (id: number) => ['clients', 'related', id, 'satisfaction'] as const,
  rfm: (id: number) => ['clients', 'related', id, 'rfm'] as const,
  duplicates: (id: number) => ['clients', 'related', id, 'duplicates'] as const,
  orders: (id: number) => ['clients', 'related', id, 'orders'] as const,
  tickets: (id: number) => ['clients', 'related', id, 'tickets'] as const,
  customFields: ['custom-fields'] as const,
  // Under the custom fields' root, so changing a definition refreshes what an import can fill.
  importFields: ['custom-fields', 'import-fields'] as const,
  // Under the employees' root, so workforce changes (a linked account) refresh it too.
  staff: (query: { q?: string; userId?: number; limit: number }) => ['employees', 'staff', query] as const,
};
