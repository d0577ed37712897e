import { PassThrough, pipeline, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { customerClientScope } from '../../platform/auth/customer-scope';
import type { AuthenticatedUser } from '../../platform/auth/tokens';
import type { Database } from '../../platform/db/database';
import { iterateClients } from './client.repository';
import { forCaller } from './client.service';
import { customColumnName, exportColumns, toCsvRecord } from './client-csv.util';
import { findCustomFields } from './custom-field.repository';
import type { ClientExportQuery } from './dto';

/** The client list as CSV, with the list's filters and order, streamed a page at a time. */
export function createClientExportService(deps: { db: Database }) {
  const { db } = deps;

  return {
    async exportClients(user: AuthenticatedUser, query: ClientExportQuery): Promise<Readable> {
      const isCustomer = customerClientScope(user) !== undefined;
      const customKeys = isCustomer ? [] : (await findCustomFields(db)).map((field) => field.key);
      const pages = iterateClients(db, { ...query, onlyClientId: customerClientScope(user) });
      async function* records() {
        yield [...exportColumns, ...customKeys.map(customColumnName)];
        for await (const page of pages) {
          for (const client of page) yield toCsvRecord(forCaller(user, client), customKeys);
        }
      }
      // pipeline, not pipe: a failing page query must end the response instead of leaving it hanging.
      const output = new PassThrough();
      pipeline(Readable.from(records()), stringify(), output, () => undefined);
      return output;
    },
  };
}
