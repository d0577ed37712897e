import { createHash, randomBytes } from 'node:crypto';
import type { AuthenticatedUser } from '../../platform/auth/tokens';
import { loadConfig } from '../../platform/config';
import type { Database, Executor } from '../../platform/db/database';
import { pendingEvent, recordEvents } from '../../platform/events/domain-event';
import type { AuditActor } from '../../platform/http/audit-actor';
import { AppError, notFound } from '../../platform/http/errors';
import { recordTicketSatisfaction } from '../clients';
import { recordAudit } from '../identity';
import { ticketRated, ticketSurveyRequested } from './events';
import type { PublicSurvey, TicketRatingInput, TicketSurveyStatus } from './extras.dto';
import {
  answerSurvey,
  expireOpenSurveys,
  findLatestSurvey,
  findSurveyByTokenHash,
  findUserEmail,
  insertSurvey,
  lockSurveyedTicket,
  type TicketSurveyRow,
} from './survey.repository';
import { requireVisibleTicket } from './ticket-access';
import type { TicketRow } from './ticket-engine';
import { appendTicketHistory } from './ticket-history.repository';

const SURVEY_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

export const hashSurveyToken = (token: string) => createHash('sha256').update(token).digest('hex');

export type SurveyLinkOptions = {
  /** Where customers reach the portal; the configured PUBLIC_PORTAL_URL when not given. */
  portalUrl?: string;
  now?: Date;
};

let configuredPortalUrl: string | undefined;
// Only for callers that pass no portal URL; the routes and the ticket service pass the app's own.
const defaultPortalUrl = () => {
  configuredPortalUrl ??= loadConfig().publicUrls.portal;
  return configuredPortalUrl;
};

/**
 * Called by the ticket service, in its transaction, when a ticket becomes resolved: creates the one-question
 * satisfaction survey (its earlier unanswered ones end) and asks for its single-use link to be sent.
 */
export async function createSurveyForResolvedTicket(
  executor: Executor,
  ticket: TicketRow,
  actor: AuditActor,
  options: SurveyLinkOptions = {},
): Promise<void> {
  const now = options.now ?? new Date();
  await expireOpenSurveys(executor, ticket.id, now);
  const token = randomBytes(32).toString('base64url');
  const survey = await insertSurvey(executor, {
    ticketId: ticket.id,
    tokenHash: hashSurveyToken(token),
    expiresAt: new Date(now.getTime() + SURVEY_LIFETIME_MS),
    createdAt: now,
  });
  const email =
    ticket.requesterEmail ??
    (ticket.requesterUserId === null ? undefined : await findUserEmail(executor, ticket.requesterUserId));
  const portalUrl = (options.portalUrl ?? defaultPortalUrl()).replace(/\/+$/, '');
  await recordEvents(executor, [
    pendingEvent(ticketSurveyRequested, {
      aggregateId: ticket.id,
      payload: {
        clientId: ticket.clientId,
        surveyId: survey.id,
        email: email ?? null,
        link: `${portalUrl}/support/rate/${token}`,
      },
      actor,
    }),
  ]);
  await appendTicketHistory(executor, [
    {
      ticketId: ticket.id,
      kind: 'survey_requested',
      actor,
      data: { surveyId: survey.id, expiresAt: survey.expiresAt.toISOString() },
      at: now,
    },
  ]);
  await recordAudit(executor, actor, {
    action: 'create',
    resource: 'ticket_survey',
    resourceId: survey.id,
    after: { ticketId: ticket.id, expiresAt: survey.expiresAt },
  });
}

const answerableStatuses: readonly TicketRow['status'][] = ['resolved', 'closed'];

const surveyGone = (survey: TicketSurveyRow) =>
  survey.answeredAt
    ? new AppError('survey_answered', 410, 'This survey has already been answered; thank you')
    : new AppError('survey_expired', 410, 'This survey has expired');

function surveyStatus(survey: TicketSurveyRow | undefined, now: Date): TicketSurveyStatus {
  if (survey?.answeredAt && survey.score !== null) {
    return {
      status: 'answered',
      score: survey.score,
      comment: survey.comment,
      answeredAt: survey.answeredAt,
    };
  }
  if (survey && survey.expiresAt > now) return { status: 'open', expiresAt: survey.expiresAt };
  return { status: 'none' };
}

/** Satisfaction surveys of resolved tickets: answered from the portal or through the emailed single-use link. */
export function createSurveyService(deps: { db: Database; clock: () => Date; portalUrl: string }) {
  const { db, clock, portalUrl } = deps;

  /** The answer's consequences, in the transaction that claimed the survey. */
  async function recordAnswer(
    tx: Executor,
    answer: {
      ticket: TicketRow;
      survey: TicketSurveyRow;
      score: number;
      actor: AuditActor;
      via: 'portal' | 'link';
    },
  ) {
    const { ticket, survey, score, actor, via } = answer;
    await recordTicketSatisfaction(
      tx,
      {
        clientId: ticket.clientId,
        ticketId: ticket.id,
        score,
        comment: survey.comment,
        respondentUserId: actor.user?.id ?? null,
        respondedAt: survey.answeredAt ?? clock(),
      },
      actor,
    );
    await recordEvents(tx, [
      pendingEvent(ticketRated, {
        aggregateId: ticket.id,
        payload: { clientId: ticket.clientId, score, assignedTo: ticket.assignedTo },
        actor,
      }),
    ]);
    await appendTicketHistory(tx, [
      {
        ticketId: ticket.id,
        kind: 'rated',
        actor,
        // Whoever holds the link has no account; it was sent to the requester.
        actorName: actor.user ? undefined : (ticket.requesterName ?? ticket.requesterEmail ?? 'Survey link'),
        data: { surveyId: survey.id, score, comment: survey.comment, via },
      },
    ]);
    await recordAudit(tx, actor, {
      action: 'update',
      resource: 'ticket_survey',
      resourceId: survey.id,
      before: { score: null, comment: null, answeredAt: null },
      after: { score, comment: survey.comment, answeredAt: survey.answeredAt },
    });
  }

  function requireAnswerable(ticket: TicketRow) {
    if (!answerableStatuses.includes(ticket.status)) {
      throw new AppError(
        'ticket_not_resolved',
        409,
        `Ticket ${ticket.id} is ${ticket.status}; it can be rated once it is resolved`,
      );
    }
  }

  return {
    /** For the ticket service: the survey of a ticket that has just been resolved. */
    createForResolvedTicket: (executor: Executor, ticket: TicketRow, actor: AuditActor) =>
      createSurveyForResolvedTicket(executor, ticket, actor, { portalUrl, now: clock() }),

    async surveyOf(user: AuthenticatedUser, ticketId: number): Promise<TicketSurveyStatus> {
      await requireVisibleTicket(db, user, ticketId);
      return surveyStatus(await findLatestSurvey(db, ticketId), clock());
    },

    /** A customer rates their own client's resolved ticket from the portal. */
    async rate(actor: AuditActor, ticketId: number, input: TicketRatingInput): Promise<TicketSurveyStatus> {
      if (!actor.user) throw new AppError('authentication_required', 401, 'Sign in to use this endpoint');
      const user = actor.user;
      return db.transaction(async (tx) => {
        const ticket = await requireVisibleTicket(tx, user, ticketId, { lock: true });
        if (user.role !== 'customer') {
          throw new AppError('customers_only', 403, 'Only the customer rates a ticket');
        }
        requireAnswerable(ticket);
        const latest = await findLatestSurvey(tx, ticketId);
        if (!latest) throw notFound('survey', `of ticket ${ticketId}`);
        const now = clock();
        const survey = await answerSurvey(
          tx,
          { id: latest.id },
          { score: input.score, comment: input.comment ?? null, at: now },
        );
        if (!survey) throw surveyGone(latest);
        await recordAnswer(tx, { ticket, survey, score: input.score, actor, via: 'portal' });
        return surveyStatus(survey, now);
      });
    },

    /** What the survey link's page shows; anyone holding the link may see it. */
    async describeByToken(token: string): Promise<PublicSurvey> {
      const found = await findSurveyByTokenHash(db, hashSurveyToken(token));
      if (!found) throw notFound('survey', 'for this link');
      const { survey, ticketTitle } = found;
      const status = survey.answeredAt ? 'answered' : survey.expiresAt > clock() ? 'open' : 'expired';
      return { ticketId: survey.ticketId, title: ticketTitle, status };
    },

    /** Answers through the single-use link: once, before it expires. */
    async answerByToken(
      actor: AuditActor,
      token: string,
      input: TicketRatingInput,
    ): Promise<TicketSurveyStatus> {
      const tokenHash = hashSurveyToken(token);
      return db.transaction(async (tx) => {
        const found = await findSurveyByTokenHash(tx, tokenHash);
        if (!found) throw notFound('survey', 'for this link');
        const ticket = await lockSurveyedTicket(tx, found.survey.ticketId);
        if (!ticket) throw notFound('survey', 'for this link');
        requireAnswerable(ticket);
        const now = clock();
        const survey = await answerSurvey(
          tx,
          { tokenHash },
          { score: input.score, comment: input.comment ?? null, at: now },
        );
        if (!survey) throw surveyGone(found.survey);
        await recordAnswer(tx, { ticket, survey, score: input.score, actor, via: 'link' });
        return surveyStatus(survey, now);
      });
    },
  };
}
