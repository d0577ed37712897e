import { eq } from 'drizzle-orm';
import { canSeeClientRow } from '../../platform/auth/customer-scope';
import type { AuthenticatedUser } from '../../platform/auth/tokens';
import type { Executor } from '../../platform/db/database';
import { notFound } from '../../platform/http/errors';
import { tickets } from './schema';
import type { TicketRow } from './ticket-engine';

/**
 * The ticket if the caller may see it; another client's ticket is reported as missing, so ids cannot be
 * probed. With `lock`, the row is locked for the rest of the transaction (writers serialise on it).
 */
export async function requireVisibleTicket(
  executor: Executor,
  user: AuthenticatedUser,
  ticketId: number,
  options: { lock?: boolean } = {},
): Promise<TicketRow> {
  const query = executor.select().from(tickets).where(eq(tickets.id, ticketId));
  const [ticket] = await (options.lock ? query.for('update') : query);
  if (!ticket || !canSeeClientRow(user, ticket.clientId)) throw notFound('ticket', ticketId);
  return ticket;
}
