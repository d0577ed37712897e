import { customerClientScope } from '../../platform/auth/customer-scope';
import type { AuthenticatedUser } from '../../platform/auth/tokens';
import type { Database } from '../../platform/db/database';
import { recordEvent } from '../../platform/events/domain-event';
import type { AuditActor } from '../../platform/http/audit-actor';
import { AppError } from '../../platform/http/errors';
import { recordAudit } from '../identity';
import { touchLastContact } from './client.repository';
import { lockClientForChange, visibleClient } from './client.service';
import { findContact } from './contact.repository';
import { decodeCursor, encodeCursor, isId, isTimestamp } from './cursor.util';
import { type InteractionInput, type TimelineItem, type TimelineType, timelineTypes } from './dto';
import { interactionLogged } from './events';
import { findInteractions, type InteractionRow, insertInteraction } from './interaction.repository';
import { findTimeline, type TimelinePosition } from './timeline.repository';

// What a customer sees of its own timeline: its orders, payments and tickets, never staff notes or the
// sales pipeline.
const customerTimelineTypes: readonly TimelineType[] = ['order', 'payment', 'ticket'];

/** Notes are written down, not exchanged with the client: they do not count as contact. */
const countsAsContact = (kind: InteractionRow['kind']) => kind !== 'note';

function requireUser(actor: AuditActor): AuthenticatedUser {
  if (!actor.user) throw new AppError('authentication_required', 401, 'Sign in to use this endpoint');
  return actor.user;
}

export function createInteractionService(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;

  return {
    async logInteraction(actor: AuditActor, clientId: number, input: InteractionInput) {
      const user = requireUser(actor);
      const now = clock();
      const occurredAt = input.occurredAt ?? now;
      return db.transaction(async (tx) => {
        // Anyone on staff logs a call with any client: the ownership rule guards the profile, not the history.
        await lockClientForChange(tx, user, clientId, { ownership: false });
        if (input.contactId !== undefined && !(await findContact(tx, clientId, input.contactId))) {
          throw new AppError(
            'contact_not_found',
            400,
            `Contact ${input.contactId} is not a contact of client ${clientId}`,
            {
              errors: [{ parameter: 'body.contactId', message: 'must be a contact of this client' }],
            },
          );
        }
        const interaction = await insertInteraction(tx, {
          clientId,
          kind: input.kind,
          subject: input.subject,
          body: input.body ?? null,
          occurredAt,
          durationMinutes: input.durationMinutes ?? null,
          contactId: input.contactId ?? null,
          authorUserId: user.id,
        });
        // A meeting planned for next week has not happened yet.
        if (countsAsContact(input.kind) && occurredAt <= now)
          await touchLastContact(tx, clientId, occurredAt);
        await recordEvent(tx, interactionLogged, {
          aggregateId: clientId,
          payload: {
            clientId,
            interactionId: interaction.id,
            kind: interaction.kind,
            occurredAt: interaction.occurredAt.toISOString(),
            authorUserId: user.id,
          },
          actor,
        });
        await recordAudit(tx, actor, {
          action: 'create',
          resource: 'client_interaction',
          resourceId: interaction.id,
          after: interaction,
        });
        return interaction;
      });
    },

    async listInteractions(
      user: AuthenticatedUser,
      clientId: number,
      query: { limit: number; cursor?: string; kind?: InteractionRow['kind'] },
    ) {
      await visibleClient(db, user, clientId);
      return findInteractions(db, { clientId, ...query });
    },

    /** Interactions, orders, payments, tickets and stage changes of one client, newest first. */
    async timeline(
      user: AuthenticatedUser,
      clientId: number,
      query: { limit: number; cursor?: string; types?: TimelineType[] },
    ) {
      await visibleClient(db, user, clientId);
      const allowed = customerClientScope(user) === undefined ? timelineTypes : customerTimelineTypes;
      const types = (query.types ?? allowed).filter((type) => allowed.includes(type));
      if (types.length === 0) return { items: [], nextCursor: null };
      const after = query.cursor
        ? decodeCursor<[string, TimelineType, number]>(
            query.cursor,
            (values): values is [string, TimelineType, number] =>
              values.length === 3 &&
              isTimestamp(values[0]) &&
              timelineTypes.includes(values[1] as TimelineType) &&
              isId(values[2]),
          )
        : undefined;
      const position: TimelinePosition | undefined = after && { at: after[0], type: after[1], id: after[2] };
      const rows = await findTimeline(db, { clientId, types, after: position, fetch: query.limit + 1 });
      const items = rows.slice(0, query.limit).map(
        (row) =>
          ({
            type: row.type,
            id: row.id,
            occurredAt: new Date(row.at),
            title: row.title,
            data: row.data,
          }) as TimelineItem,
      );
      const last = items.at(-1);
      return {
        items,
        nextCursor:
          rows.length > query.limit && last
            ? encodeCursor([last.occurredAt.toISOString(), last.type, last.id])
            : null,
      };
    },
  };
}
