import { createHash, randomBytes } from 'node:crypto';
import type { Database, Executor } from '../../platform/db/database';
import { pendingEvent, recordEvents } from '../../platform/events/domain-event';
import type { AuditActor } from '../../platform/http/audit-actor';
import { AppError } from '../../platform/http/errors';
import { type ClientProfile, createLeadClient, findClientForEmail, findClientProfile } from '../clients';
import { recordAudit } from '../identity';
import { findOrderReference, type OrderReference } from '../orders';
import { ticketGuestVerificationRequested } from './events';
import type { GuestRequestInput } from './extras.dto';
import {
  claimGuestRequest,
  countGuestRequestsSince,
  findGuestRequestByTokenHash,
  type GuestRequestRow,
  insertGuestRequest,
  setGuestRequestTicket,
} from './guest-request.repository';

// More requests than this for one address in an hour are dropped (still answered 202), so nobody can use
// the form to flood someone else's mailbox.
const MAX_REQUESTS_PER_EMAIL_PER_HOUR = 5;
const HOUR_MS = 60 * 60 * 1000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * What a verified guest's ticket is made of, in the shape the ticket service's `openTicket` takes, which adds
 * priority, SLA and routing.
 */
export type GuestTicketInput = {
  client: ClientProfile;
  title: string;
  description: string;
  channel: 'portal';
  order: OrderReference | null;
  requester: { email: string; name: string };
};

/** Creates a ticket in the caller's transaction and returns its id. */
export type CreateTicketForGuest = (
  executor: Executor,
  input: GuestTicketInput,
  actor: AuditActor,
) => Promise<{ id: number }>;

export const ticketReference = (ticketId: number) => `#${ticketId}`;

/** The order a guest named, as an id: "1042" or "#1042". */
const orderIdFrom = (reference: string | null) => {
  const match = reference ? /^#?\s*(\d{1,9})$/.exec(reference) : null;
  return match?.[1] ? Number(match[1]) : undefined;
};

/**
 * Turns a verified guest request into a ticket, in the caller's transaction: the client is the one the email
 * belongs to (its contact email, or its company domain; never a personal mail domain), else a new lead; the
 * order is linked only when it is that client's.
 */
export async function createGuestTicket(
  executor: Executor,
  options: { request: GuestRequestRow; actor: AuditActor; createTicket: CreateTicketForGuest },
): Promise<{ ticketId: number; reference: string }> {
  const { request, actor } = options;
  const clientId =
    (await findClientForEmail(executor, request.email)) ??
    (await createLeadClient(executor, {
      companyName: request.name,
      contactPerson: request.name,
      email: request.email,
    }));
  const client = await findClientProfile(executor, clientId);
  if (!client) throw new Error(`client ${clientId} vanished while its ticket was created`);
  const orderId = orderIdFrom(request.orderReference);
  const order = orderId === undefined ? undefined : await findOrderReference(executor, orderId);
  const linkedOrder = order?.clientId === clientId ? order : null;
  // An order we could not link is still worth telling the agent about.
  const description =
    request.orderReference && !linkedOrder
      ? `${request.description}\n\nOrder reference: ${request.orderReference}`
      : request.description;
  const ticket = await options.createTicket(
    executor,
    {
      client,
      title: request.title,
      description,
      channel: 'portal',
      order: linkedOrder,
      requester: { email: request.email, name: request.name },
    },
    actor,
  );
  await setGuestRequestTicket(executor, request.id, ticket.id);
  return { ticketId: ticket.id, reference: ticketReference(ticket.id) };
}

/** Support requests from people without an account: they prove their email, then the ticket exists. */
export function createGuestRequestService(deps: {
  db: Database;
  clock: () => Date;
  portalUrl: string;
  linkTtlHours: number;
  /** The ticket service's create (priority rules, SLA, routing). */
  createTicket: CreateTicketForGuest;
}) {
  const { db, clock, linkTtlHours, createTicket } = deps;
  const portalUrl = deps.portalUrl.replace(/\/+$/, '');

  return {
    /**
     * Records the request and asks for the verification link to be emailed. The caller always gets the same
     * answer; the link itself is returned only for demo mode, where no email is sent.
     */
    async request(actor: AuditActor, input: GuestRequestInput): Promise<{ link: string | null }> {
      const email = input.email.toLowerCase();
      const now = clock();
      return db.transaction(async (tx) => {
        if (
          (await countGuestRequestsSince(tx, email, new Date(now.getTime() - HOUR_MS))) >=
          MAX_REQUESTS_PER_EMAIL_PER_HOUR
        ) {
          return { link: null };
        }
        const token = randomBytes(32).toString('base64url');
        const request = await insertGuestRequest(tx, {
          email,
          name: input.name,
          title: input.title,
          description: input.description,
          orderReference: input.orderReference ?? null,
          tokenHash: hashToken(token),
          expiresAt: new Date(now.getTime() + linkTtlHours * HOUR_MS),
          createdAt: now,
        });
        const link = `${portalUrl}/support/verify/${token}`;
        await recordEvents(tx, [
          pendingEvent(ticketGuestVerificationRequested, {
            aggregateId: request.id,
            payload: { email, link },
            actor,
          }),
        ]);
        await recordAudit(tx, actor, {
          action: 'create',
          resource: 'ticket_guest_request',
          resourceId: request.id,
          after: {
            email,
            name: request.name,
            title: request.title,
            orderReference: request.orderReference,
            expiresAt: request.expiresAt,
          },
        });
        return { link };
      });
    },

    /** Creates the ticket of a request, once: a used or expired link answers 410. */
    async verify(actor: AuditActor, token: string): Promise<{ ticketId: number; reference: string }> {
      const tokenHash = hashToken(token);
      return db.transaction(async (tx) => {
        const now = clock();
        const request = await claimGuestRequest(tx, tokenHash, now);
        if (!request) {
          const known = await findGuestRequestByTokenHash(tx, tokenHash);
          if (!known) {
            throw new AppError(
              'guest_request_not_found',
              404,
              'This link is not valid; check that it was copied whole',
            );
          }
          throw known.verifiedAt
            ? new AppError('link_used', 410, 'This link has already been used; your ticket exists')
            : new AppError('link_expired', 410, 'This link has expired; send your request again');
        }
        const created = await createGuestTicket(tx, { request, actor, createTicket });
        await recordAudit(tx, actor, {
          action: 'verify',
          resource: 'ticket_guest_request',
          resourceId: request.id,
          before: { verifiedAt: null, ticketId: null },
          after: { verifiedAt: now, ticketId: created.ticketId },
        });
        return created;
      });
    },
  };
}
