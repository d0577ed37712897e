import type { paths } from '@smartcrm/api-client';

// Read from the generated paths, like the shared client's entity types, so they follow the server's routes.
type JsonOf<Response> = Response extends { content: { 'application/json': infer Body } } ? Body : never;
type Ok<Path extends keyof paths, Method extends keyof paths[Path]> = paths[Path][Method] extends {
  responses: { 200: infer Answer };
}
  ? JsonOf<Answer>
  : never;
type Created<Path extends keyof paths, Method extends keyof paths[Path]> = paths[Path][Method] extends {
  responses: { 201: infer Answer };
}
  ? JsonOf<Answer>
  : never;
type BodyOf<Path extends keyof paths, Method extends keyof paths[Path]> = paths[Path][Method] extends {
  requestBody?: infer Body;
}
  ? JsonOf<NonNullable<Body>>
  : never;

/** One ticket with everything a customer may see of it (no SLA internals, no assignment reasons). */
export type TicketDetail = Ok<'/api/tickets/{id}', 'get'>;
export type TicketSummary = Ok<'/api/tickets', 'get'>['items'][number];
export type TicketStatus = TicketDetail['status'];
export type TicketPriority = TicketDetail['priority'];
export type NewTicket = BodyOf<'/api/tickets', 'post'>;
/** A public reply of the thread; the API never sends customers internal notes. */
export type TicketComment = Ok<'/api/tickets/{id}/comments', 'get'>['items'][number];
export type TicketAttachment = Created<'/api/tickets/{id}/attachments', 'post'>;
export type TicketCategory = Ok<'/api/tickets/categories', 'get'>['items'][number];
export type TicketSurvey = Ok<'/api/tickets/{id}/survey', 'get'>;
export type TicketRating = BodyOf<'/api/tickets/{id}/rating', 'post'>;
export type PublicSurvey = Ok<'/api/tickets/surveys/{token}', 'get'>;
export type GuestTicketRequest = BodyOf<'/api/tickets/guest-requests', 'post'>;
export type GuestTicketCreated = Created<'/api/tickets/guest-requests/verify', 'post'>;
