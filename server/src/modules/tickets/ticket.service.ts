import { canSeeClientRow, customerClientScope } from '../../platform/auth/customer-scope';
import type { AuthenticatedUser } from '../../platform/auth/tokens';
import type { Database } from '../../platform/db/database';
import { notFound } from '../../platform/http/errors';
import type { TicketListQuery } from './dto';
import { findTicketById, findTickets } from './ticket.repository';

export function createTicketService(deps: { db: Database }) {
  const { db } = deps;
  return {
    /** A customer's list is always narrowed to its own client, whatever filter it sends. */
    listTickets(user: AuthenticatedUser, query: TicketListQuery) {
      const scope = customerClientScope(user);
      return findTickets(db, scope === undefined ? query : { ...query, clientId: scope });
    },

    async getTicket(user: AuthenticatedUser, id: number) {
      const ticket = await findTicketById(db, id);
      // Another client's ticket is reported as missing, so ids cannot be probed.
      if (!ticket || !canSeeClientRow(user, ticket.clientId)) throw notFound('ticket', id);
      return ticket;
    },
  };
}
