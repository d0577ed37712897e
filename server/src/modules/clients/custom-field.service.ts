import type { Database } from '../../platform/db/database';
import { constraintViolation, sqlState } from '../../platform/db/errors';
import type { AuditActor } from '../../platform/http/audit-actor';
import { AppError, notFound } from '../../platform/http/errors';
import { versionConflict } from '../../platform/http/etag';
import { recordAudit } from '../identity';
import {
  type CustomFieldRow,
  deleteCustomField,
  findCustomField,
  findCustomFields,
  insertCustomField,
  removeCustomFieldValues,
  updateCustomField,
} from './custom-field.repository';

/** Admin-defined, typed fields on clients; values live on the client and are checked on every write. */
export function createCustomFieldService(deps: { db: Database }) {
  const { db } = deps;

  return {
    listCustomFields: () => findCustomFields(db),

    async getCustomField(id: number) {
      const field = await findCustomField(db, id);
      if (!field) throw notFound('custom_field', id);
      return field;
    },

    async createCustomField(
      actor: AuditActor,
      input: Pick<CustomFieldRow, 'key' | 'label' | 'type' | 'options' | 'required'>,
    ) {
      try {
        return await db.transaction(async (tx) => {
          const field = await insertCustomField(tx, input);
          await recordAudit(tx, actor, {
            action: 'create',
            resource: 'custom_field',
            resourceId: field.id,
            after: field,
          });
          return field;
        });
      } catch (error) {
        if (constraintViolation(error)?.code === sqlState.uniqueViolation) {
          throw new AppError('custom_field_key_taken', 409, `A custom field with key ${input.key} exists`);
        }
        throw error;
      }
    },

    async updateCustomField(
      actor: AuditActor,
      id: number,
      changes: Partial<Pick<CustomFieldRow, 'label' | 'options' | 'required'>>,
      expectedVersion?: number,
    ) {
      return db.transaction(async (tx) => {
        const current = await findCustomField(tx, id);
        if (!current) throw notFound('custom_field', id);
        if (changes.options !== undefined) {
          if (current.type !== 'select' && changes.options.length > 0) {
            throw new AppError('options_not_allowed', 400, 'Only select fields have options', {
              errors: [{ parameter: 'body.options', message: 'only select fields have options' }],
            });
          }
          if (current.type === 'select' && changes.options.length === 0) {
            throw new AppError('options_required', 400, 'A select field needs options', {
              errors: [{ parameter: 'body.options', message: 'a select field needs options' }],
            });
          }
        }
        const updated = await updateCustomField(tx, id, changes, expectedVersion);
        if (!updated) throw versionConflict('custom field');
        await recordAudit(tx, actor, {
          action: 'update',
          resource: 'custom_field',
          resourceId: id,
          before: current,
          after: updated,
        });
        return updated;
      });
    },

    /** Deleting a definition removes its values from every client too. */
    async deleteCustomField(actor: AuditActor, id: number, expectedVersion?: number) {
      await db.transaction(async (tx) => {
        const current = await findCustomField(tx, id);
        if (!current) throw notFound('custom_field', id);
        if (expectedVersion !== undefined && current.version !== expectedVersion)
          throw versionConflict('custom field');
        await deleteCustomField(tx, id);
        const clientsCleared = await removeCustomFieldValues(tx, current.key);
        await recordAudit(tx, actor, {
          action: 'delete',
          resource: 'custom_field',
          resourceId: id,
          before: { ...current, clientsCleared },
        });
      });
    },
  };
}
