import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { clients, customFieldDefinitions } from './schema';

export type CustomFieldRow = typeof customFieldDefinitions.$inferSelect;
const CLIENT_ENTITY = 'client';

export function findCustomFields(executor: Executor): Promise<CustomFieldRow[]> {
  return executor
    .select()
    .from(customFieldDefinitions)
    .where(eq(customFieldDefinitions.entity, CLIENT_ENTITY))
    .orderBy(asc(customFieldDefinitions.key));
}

export async function findCustomField(executor: Executor, id: number): Promise<CustomFieldRow | undefined> {
  const [row] = await executor
    .select()
    .from(customFieldDefinitions)
    .where(and(eq(customFieldDefinitions.id, id), eq(customFieldDefinitions.entity, CLIENT_ENTITY)));
  return row;
}

export async function insertCustomField(
  executor: Executor,
  values: Omit<typeof customFieldDefinitions.$inferInsert, 'entity'>,
): Promise<CustomFieldRow> {
  const [row] = await executor
    .insert(customFieldDefinitions)
    .values({ ...values, entity: CLIENT_ENTITY })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateCustomField(
  executor: Executor,
  id: number,
  changes: Partial<Pick<CustomFieldRow, 'label' | 'options' | 'required'>>,
  expectedVersion?: number,
): Promise<CustomFieldRow | undefined> {
  const [row] = await executor
    .update(customFieldDefinitions)
    .set({ ...changes, version: sql`${customFieldDefinitions.version} + 1` })
    .where(
      and(
        eq(customFieldDefinitions.id, id),
        expectedVersion === undefined ? undefined : eq(customFieldDefinitions.version, expectedVersion),
      ),
    )
    .returning();
  return row;
}

export async function deleteCustomField(executor: Executor, id: number): Promise<void> {
  await executor.delete(customFieldDefinitions).where(eq(customFieldDefinitions.id, id));
}

/** Removes a deleted field's values from every client, so no value outlives its definition. */
export async function removeCustomFieldValues(executor: Executor, key: string): Promise<number> {
  const rows = await executor
    .update(clients)
    .set({ customFields: sql`${clients.customFields} - ${key}::text` })
    .where(sql`${clients.customFields} ? ${key}::text`)
    .returning({ id: clients.id });
  return rows.length;
}
