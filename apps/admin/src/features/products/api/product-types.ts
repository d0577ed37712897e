import type { components, paths } from '@smartcrm/api-client';

// Read from the generated schema, like the client's own entity types; the client does not name these (yet).
type Schemas = components['schemas'];
type JsonBody<Operation> = Operation extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

export type { Product } from '@smartcrm/api-client';
export type ProductStatus = Schemas['Product']['status'];
export type NewProduct = JsonBody<paths['/api/products']['post']>;
export type ProductChanges = JsonBody<paths['/api/products/{id}']['patch']>;
export type ProductStatusChange = Schemas['ProductStatusChange'];
export type StockLevel = Schemas['StockLevel'];
export type InventoryMovement = Schemas['InventoryMovement'];
/** A movement as the ledger lists it, with who made it by name. */
export type LedgerEntry = Schemas['InventoryLedgerEntry'];
export type MovementKind = InventoryMovement['kind'];
export type NewMovement = JsonBody<paths['/api/products/{id}/movements']['post']>;
export type ManualMovementKind = NewMovement['kind'];

export type Quote = Schemas['Quote'];
export type QuoteLine = Schemas['QuoteLine'];
export type QuoteRequest = JsonBody<paths['/api/catalog/quote']['post']>;
export type PriceExplanation = Schemas['PriceExplanation'];
export type PriceRuleConsideration = Schemas['PriceRuleConsideration'];

export const productStatuses = [
  'draft',
  'active',
  'discontinued',
  'archived',
] as const satisfies readonly ProductStatus[];

export const manualMovementKinds = [
  'receipt',
  'adjustment',
  'return',
] as const satisfies readonly ManualMovementKind[];

export const movementKinds = [
  'receipt',
  'adjustment',
  'reservation',
  'release',
  'shipment',
  'return',
] as const satisfies readonly MovementKind[];
