import type { Database } from '../../platform/db/database';
import type { AuditActor } from '../../platform/http/audit-actor';
import { versionConflict } from '../../platform/http/etag';
import { recordAudit } from '../identity';
import type { PriorityRules } from './priority-rules.util';
import type { TicketSettingsBody, TicketSettingsDto } from './settings.dto';
import { findTicketSettings, saveTicketSettings, type TicketSettingsRow } from './ticket-settings.repository';

const toSettingsDto = (row: TicketSettingsRow): TicketSettingsDto => ({
  priorityRules: row.priorityRules as TicketSettingsDto['priorityRules'],
  reopenWindowHours: row.reopenWindowHours,
  version: row.version,
  updatedAt: row.updatedAt,
});

/** Support settings: the priority rules new tickets are classified by, and the reopen window. */
export function createTicketSettingsService(deps: { db: Database }) {
  const { db } = deps;
  return {
    getSettings: async () => toSettingsDto(await findTicketSettings(db)),

    saveSettings: (actor: AuditActor, body: TicketSettingsBody, expectedVersion?: number) =>
      db.transaction(async (tx) => {
        const current = await findTicketSettings(tx);
        if (expectedVersion !== undefined && current.version !== expectedVersion)
          throw versionConflict('settings');
        const saved = await saveTicketSettings(
          tx,
          { priorityRules: body.priorityRules as PriorityRules, reopenWindowHours: body.reopenWindowHours },
          current.version,
        );
        if (!saved) throw versionConflict('settings');
        const settings = toSettingsDto(saved);
        await recordAudit(tx, actor, {
          action: 'update',
          resource: 'ticket_settings',
          resourceId: 1,
          before: toSettingsDto(current),
          after: settings,
        });
        return settings;
      }),
  };
}
