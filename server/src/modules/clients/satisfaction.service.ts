import type { AuthenticatedUser } from '../../platform/auth/tokens';
import type { Database, Executor } from '../../platform/db/database';
import { recordEvent } from '../../platform/events/domain-event';
import type { AuditActor } from '../../platform/http/audit-actor';
import { AppError } from '../../platform/http/errors';
import { recordAudit } from '../identity';
import { lockClientForChange, visibleClient } from './client.service';
import type { SatisfactionInput } from './dto';
import { satisfactionRecorded } from './events';
import {
  findClientFigures,
  findRecentResponses,
  findSatisfactionReport,
  findTicketClientId,
  insertSatisfactionResponse,
  type SatisfactionRow,
} from './satisfaction.repository';

/** CSAT and NPS answers (surveys are sent elsewhere) and the figures made from them. */
export function createSatisfactionService(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;

  return {
    async recordResponse(actor: AuditActor, clientId: number, input: SatisfactionInput) {
      if (!actor.user) throw new AppError('authentication_required', 401, 'Sign in to use this endpoint');
      const user = actor.user;
      return db.transaction(async (tx) => {
        // An answer is the client's word, not a change to its profile: recorded even for an archived client.
        await lockClientForChange(tx, user, clientId, { ownership: false, allowArchived: true });
        if (input.ticketId !== undefined && (await findTicketClientId(tx, input.ticketId)) !== clientId) {
          throw new AppError(
            'ticket_not_found',
            400,
            `Ticket ${input.ticketId} is not a ticket of client ${clientId}`,
            {
              errors: [{ parameter: 'body.ticketId', message: 'must be a ticket of this client' }],
            },
          );
        }
        const response = await insertSatisfactionResponse(tx, {
          clientId,
          kind: input.kind,
          score: input.score,
          comment: input.comment ?? null,
          ticketId: input.ticketId ?? null,
          respondentUserId: null,
          respondedAt: input.respondedAt ?? clock(),
        });
        await recordEvent(tx, satisfactionRecorded, {
          aggregateId: clientId,
          payload: {
            clientId,
            responseId: response.id,
            kind: response.kind,
            score: response.score,
            ticketId: response.ticketId,
          },
          actor,
        });
        await recordAudit(tx, actor, {
          action: 'create',
          resource: 'satisfaction_response',
          resourceId: response.id,
          after: response,
        });
        return response;
      });
    },

    async clientSatisfaction(user: AuthenticatedUser, clientId: number) {
      await visibleClient(db, user, clientId);
      const figures = await findClientFigures(db, clientId);
      return { ...figures, recent: await findRecentResponses(db, clientId, 20) };
    },

    report: (period: { from?: string; to?: string }) => findSatisfactionReport(db, period),
  };
}

/**
 * A resolved ticket's CSAT answer, in the caller's transaction (the tickets module's survey), so it counts in
 * the client's satisfaction figures like any other answer. `respondentUserId` is null for a survey link.
 */
export async function recordTicketSatisfaction(
  executor: Executor,
  answer: {
    clientId: number;
    ticketId: number;
    score: number;
    comment: string | null;
    respondentUserId: number | null;
    respondedAt: Date;
  },
  actor: AuditActor,
): Promise<SatisfactionRow> {
  const response = await insertSatisfactionResponse(executor, { ...answer, kind: 'csat' });
  await recordEvent(executor, satisfactionRecorded, {
    aggregateId: answer.clientId,
    payload: {
      clientId: answer.clientId,
      responseId: response.id,
      kind: response.kind,
      score: response.score,
      ticketId: response.ticketId,
    },
    actor,
  });
  await recordAudit(executor, actor, {
    action: 'create',
    resource: 'satisfaction_response',
    resourceId: response.id,
    after: response,
  });
  return response;
}
