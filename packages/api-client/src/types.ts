import type { paths } from './schema';

type JsonOf<Response> = Response extends { content: { 'application/json': infer Body } } ? Body : never;
type OkResponse<Path extends keyof paths, Method extends keyof paths[Path]> = paths[Path][Method] extends {
  responses: { 200: infer Ok };
}
  ? JsonOf<Ok>
  : never;
type CreatedResponse<
  Path extends keyof paths,
  Method extends keyof paths[Path],
> = paths[Path][Method] extends {
  responses: { 201: infer Created };
}
  ? JsonOf<Created>
  : never;
type AcceptedResponse<
  Path extends keyof paths,
  Method extends keyof paths[Path],
> = paths[Path][Method] extends {
  responses: { 202: infer Accepted };
}
  ? JsonOf<Accepted>
  : never;
type JsonBodyOf<Path extends keyof paths, Method extends keyof paths[Path]> = paths[Path][Method] extends {
  requestBody?: infer Body;
}
  ? JsonOf<NonNullable<Body>>
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
export type ProfileUpdate = JsonBodyOf<'/api/auth/me', 'patch'>;
export type PasswordChange = JsonBodyOf<'/api/auth/password', 'post'>;
export type SignUpRequest = JsonBodyOf<'/api/auth/signup', 'post'>;
export type SignUpResponse = AcceptedResponse<'/api/auth/signup', 'post'>;

/** A user account as administrators see it: the profile plus access state and bookkeeping. */
export type ManagedUser = OkResponse<'/api/users/{id}', 'get'>;
export type UserInvitationRequest = JsonBodyOf<'/api/users', 'post'>;
export type UserInvitation = CreatedResponse<'/api/users', 'post'>;
export type ManagedUserUpdate = JsonBodyOf<'/api/users/{id}', 'patch'>;
/** A single-use invitation or password-reset link. */
export type AccountLink = CreatedResponse<'/api/users/{id}/invitation', 'post'>;
export type AuditEntry = OkResponse<'/api/audit', 'get'>['items'][number];

export type Product = OkResponse<'/api/products/{id}', 'get'>;
/** A product as the public catalogue shows it: no cost or stock figures, only whether it is in stock. */
export type PublishedProduct = OkResponse<'/api/catalog/products/{id}', 'get'>;
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
export type UserListQuery = QueryOf<'/api/users'>;
export type AuditQuery = QueryOf<'/api/audit'>;
export type CatalogProductQuery = QueryOf<'/api/catalog/products'>;

/** One page of a keyset-paginated list. */
export type ListPage<Item> = { items: Item[]; nextCursor: string | null };
