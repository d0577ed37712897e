import type { AuthenticatedUser } from '../../platform/auth/tokens';
import type { Database } from '../../platform/db/database';
import { formatCents, toCents } from '../../platform/money/money.util';
import { visibleClient } from './client.service';
import type { RfmDto } from './dto';
import { findClientRfm } from './rfm.repository';

/**
 * RFM scores, as of the last refresh of client_rfm_scores (the clients.rfm-refresh job, every 15 minutes by
 * default): scoring a client ranks every client with orders, seconds of work at a million clients, so it is
 * done ahead of the request and the answer says when (`asOf`).
 */
export function createRfmService(deps: { db: Database }) {
  const { db } = deps;
  return {
    async clientRfm(user: AuthenticatedUser, clientId: number): Promise<RfmDto> {
      await visibleClient(db, user, clientId);
      const { asOf, scores } = await findClientRfm(db, clientId);
      if (!scores) {
        return {
          clientId,
          recency: null,
          frequency: null,
          monetary: null,
          score: null,
          lastOrderAt: null,
          orderCount: 0,
          totalAmount: '0.00',
          asOf,
        };
      }
      return {
        clientId,
        recency: scores.recency,
        frequency: scores.frequency,
        monetary: scores.monetary,
        score: scores.recency + scores.frequency + scores.monetary,
        lastOrderAt: scores.lastOrderAt,
        orderCount: scores.orderCount,
        totalAmount: formatCents(toCents(scores.totalAmount)),
        asOf,
      };
    },
  };
}
