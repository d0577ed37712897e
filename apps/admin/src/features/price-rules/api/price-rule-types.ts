import type { Client, components, paths } from '@smartcrm/api-client';

type JsonBody<Operation> = Operation extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

export type PriceRule = components['schemas']['PriceRule'];
export type PriceRuleKind = PriceRule['kind'];
export type NewPriceRule = JsonBody<paths['/api/price-rules']['post']>;
export type PriceRuleChanges = JsonBody<paths['/api/price-rules/{id}']['patch']>;
export type PriceRuleListQuery = NonNullable<paths['/api/price-rules']['get']['parameters']['query']>;
export type ClientTier = Client['tier'];

export const priceRuleKinds = [
  'volume_tier',
  'client_price',
  'segment_price',
  'promotion',
] as const satisfies readonly PriceRuleKind[];

export const clientTiers = [
  'standard',
  'silver',
  'gold',
  'platinum',
] as const satisfies readonly ClientTier[];
