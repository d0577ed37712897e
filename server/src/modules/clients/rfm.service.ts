import type { AuthenticatedUser } from '../../platform/auth/tokens';
import type { Database } from '../../platform/db/database';
import { formatCents, toCents } from '../../platform/money/money.util';
import { visibleClient } from './client.service';
import type { RfmDto } from './dto';
import { findClientRfm } from './rfm.repository';

/**
 * RFM scores, computed on the fly from the orders table: always current, no cache to invalidate when an
 * order is confirmed, cancelled or moved by a merge. Scoring one client ranks every client with orders,
 * which is fine at tens of thousands of clients; at the 5M-order benchmark scale it belongs in the
 * analytics warehouse (see docs/api.md).
 */
export function createRfmService(deps: { db: Database }) {
  const { db } = deps;
  return {
    async clientRfm(user: AuthenticatedUser, clientId: number): Promise<RfmDto> {
      await visibleClient(db, user, clientId);
      const row = await findClientRfm(db, clientId);
      if (!row) {
        return {
          clientId,
          recency: null,
          frequency: null,
          monetary: null,
          score: null,
          lastOrderAt: null,
          orderCount: 0,
          totalAmount: '0.00',
        };
      }
      return {
        clientId,
        recency: row.recency,
        frequency: row.frequency,
        monetary: row.monetary,
        score: row.recency + row.frequency + row.monetary,
        lastOrderAt: new Date(row.last_order_at),
        orderCount: row.order_count,
        totalAmount: formatCents(toCents(row.total_amount)),
      };
    },
  };
}
