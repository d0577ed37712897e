import type { paths } from './schema';

type JsonOf<Response> = Response extends { content: { 'application/json': infer Body } } ? Body : never;
type OkResponse<Path extends keyof paths, Method extends keyof paths[Path]> = paths[Path][Method] extends {
  responses: { 200: infer Ok };
}
  ? JsonOf<Ok>
  : never;
type QueryOf<Path extends keyof paths> = paths[Path] extends { get: { parameters: { query?: infer Query } } }
  ? NonNullable<Query>
  : never;

// Entity types are read from the paths rather than from component names, so they stay valid whatever
// the server calls its schemas.
export type User = OkResponse<'/api/auth/me', 'get'>;
export type UserRole = User['role'];
export type LoginRequest = NonNullable<
  paths['/api/auth/login']['post']['requestBody']
>['content']['application/json'];
export type LoginResponse = OkResponse<'/api/auth/login', 'post'>;
export type DemoAccounts = OkResponse<'/api/auth/demo', 'get'>;

export type Product = OkResponse<'/api/products/{id}', 'get'>;
export type Client = OkResponse<'/api/clients/{id}', 'get'>;
export type Order = OkResponse<'/api/orders/{id}', 'get'>;
export type Employee = OkResponse<'/api/employees/{id}', 'get'>;
export type Ticket = OkResponse<'/api/tickets/{id}', 'get'>;
export type Category = OkResponse<'/api/catalog/categories', 'get'>['items'][number];

export type ProductListQuery = QueryOf<'/api/products'>;
export type ClientListQuery = QueryOf<'/api/clients'>;
export type OrderListQuery = QueryOf<'/api/orders'>;
export type EmployeeListQuery = QueryOf<'/api/employees'>;
export type TicketListQuery = QueryOf<'/api/tickets'>;
export type CatalogProductQuery = QueryOf<'/api/catalog/products'>;

/** One page of a keyset-paginated list. */
export type ListPage<Item> = { items: Item[]; nextCursor: string | null };
