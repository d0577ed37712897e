import { and, asc, desc, eq, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { clientContacts } from './schema';

export type ContactRow = typeof clientContacts.$inferSelect;

export function findContacts(executor: Executor, clientId: number): Promise<ContactRow[]> {
  // A client has a handful of contacts: one list, primary first, no paging.
  return executor
    .select()
    .from(clientContacts)
    .where(eq(clientContacts.clientId, clientId))
    .orderBy(desc(clientContacts.isPrimary), asc(clientContacts.name), asc(clientContacts.id));
}

export async function findContact(
  executor: Executor,
  clientId: number,
  contactId: number,
): Promise<ContactRow | undefined> {
  const [row] = await executor
    .select()
    .from(clientContacts)
    .where(and(eq(clientContacts.id, contactId), eq(clientContacts.clientId, clientId)));
  return row;
}

/** Makes every other contact of the client non-primary, so the one being saved can be the primary. */
export async function clearPrimaryContact(executor: Executor, clientId: number, exceptId?: number) {
  await executor
    .update(clientContacts)
    .set({ isPrimary: false, version: sql`${clientContacts.version} + 1` })
    .where(
      and(
        eq(clientContacts.clientId, clientId),
        eq(clientContacts.isPrimary, true),
        exceptId === undefined ? undefined : ne(clientContacts.id, exceptId),
      ),
    );
}

export async function insertContact(
  executor: Executor,
  values: typeof clientContacts.$inferInsert,
): Promise<ContactRow> {
  const [row] = await executor.insert(clientContacts).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateContact(
  executor: Executor,
  contactId: number,
  changes: Partial<typeof clientContacts.$inferInsert>,
  expectedVersion?: number,
): Promise<ContactRow | undefined> {
  const [row] = await executor
    .update(clientContacts)
    .set({ ...changes, version: sql`${clientContacts.version} + 1` })
    .where(
      and(
        eq(clientContacts.id, contactId),
        expectedVersion === undefined ? undefined : eq(clientContacts.version, expectedVersion),
      ),
    )
    .returning();
  return row;
}

export async function deleteContact(executor: Executor, contactId: number): Promise<void> {
  await executor.delete(clientContacts).where(eq(clientContacts.id, contactId));
}
