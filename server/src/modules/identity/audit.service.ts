import type { Executor } from '../../platform/db/database';
import type { AuditActor } from '../../platform/http/audit-actor';
import { type AuditFilter, auditEntryInsert, findAuditEntries } from './audit.repository';
import { diffChanges } from './audit-diff.util';

export type AuditedChange = {
  action: string;
  resource: string;
  resourceId?: string | number;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

/**
 * Records a write in the audit log. Pass the transaction the write runs in, so the entry exists exactly
 * when the change does.
 */
export async function recordAudit(
  executor: Executor,
  actor: AuditActor,
  change: AuditedChange,
): Promise<void> {
  await auditRecord(executor, actor, change);
}

/** The audit entry of `recordAudit` as a write not yet run, to send with others (`executeTogether`). */
export function auditRecord(executor: Executor, actor: AuditActor, change: AuditedChange) {
  return auditEntryInsert(executor, {
    actorUserId: actor.user?.id ?? null,
    actorEmail: actor.user?.email ?? null,
    actorApiKeyId: actor.user?.apiKey?.id ?? null,
    action: change.action,
    resource: change.resource,
    resourceId: change.resourceId === undefined ? null : String(change.resourceId),
    changes: diffChanges(change.before ?? null, change.after ?? null),
    ipAddress: actor.ipAddress.slice(0, 64),
    requestId: actor.requestId.slice(0, 128),
  });
}

export const listAuditEntries = findAuditEntries;
export type { AuditFilter };
