import { canSeeClientRow, customerClientScope } from '../../platform/auth/customer-scope';
import type { AuthenticatedUser } from '../../platform/auth/tokens';
import type { Database } from '../../platform/db/database';
import { notFound } from '../../platform/http/errors';
import { findClientById, findClients } from './client.repository';
import type { ClientListQuery } from './dto';

export function createClientService(deps: { db: Database }) {
  const { db } = deps;
  return {
    /** Staff see every client; a customer sees only the client its account belongs to. */
    listClients(user: AuthenticatedUser, query: ClientListQuery) {
      return findClients(db, { query, onlyClientId: customerClientScope(user) });
    },

    async getClient(user: AuthenticatedUser, id: number) {
      // A customer asking for another client learns nothing, not even that it exists.
      if (!canSeeClientRow(user, id)) throw notFound('client', id);
      const client = await findClientById(db, id);
      if (!client) throw notFound('client', id);
      return client;
    },
  };
}
