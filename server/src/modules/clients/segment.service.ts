import type { AuthenticatedUser } from '../../platform/auth/tokens';
import type { Database } from '../../platform/db/database';
import type { HeavyQueryRunner } from '../../platform/db/heavy-query';
import type { AuditActor } from '../../platform/http/audit-actor';
import { notFound } from '../../platform/http/errors';
import { versionConflict } from '../../platform/http/etag';
import { recordAudit } from '../identity';
import { type SegmentRules, segmentRulesSchema } from './dto';
import { withRfmScores } from './rfm.repository';
import {
  countSegmentClients,
  deleteSegment,
  findSegment,
  findSegmentClients,
  findSegments,
  insertSegment,
  type SegmentRow,
  updateSegment,
} from './segment.repository';

type SegmentInput = { name: string; description?: string | null; rules: SegmentRules };

// Rules are stored as JSON; reading them back through the schema keeps one definition of their shape.
const toSegmentDto = (row: SegmentRow) => ({ ...row, rules: segmentRulesSchema.parse(row.rules) });

/**
 * Saved segments: named filter rules, evaluated live whenever they are listed or counted (RFM rules against
 * the scores as of their last refresh). Counting reads every client, so counts go through `heavy`.
 */
export function createSegmentService(deps: { db: Database; heavy: HeavyQueryRunner }) {
  const { db, heavy } = deps;

  async function existing(id: number) {
    const segment = await findSegment(db, id);
    if (!segment) throw notFound('segment', id);
    return toSegmentDto(segment);
  }

  return {
    async listSegments(query: { sort: string; cursor?: string; limit: number; q?: string }) {
      const page = await findSegments(db, query);
      return { items: page.items.map(toSegmentDto), nextCursor: page.nextCursor };
    },

    getSegment: existing,

    async createSegment(actor: AuditActor, user: AuthenticatedUser, input: SegmentInput) {
      return db.transaction(async (tx) => {
        const segment = toSegmentDto(
          await insertSegment(tx, {
            name: input.name,
            description: input.description ?? null,
            rules: input.rules,
            createdBy: user.id,
          }),
        );
        await recordAudit(tx, actor, {
          action: 'create',
          resource: 'client_segment',
          resourceId: segment.id,
          after: segment,
        });
        return segment;
      });
    },

    async updateSegment(
      actor: AuditActor,
      id: number,
      input: Partial<SegmentInput>,
      expectedVersion?: number,
    ) {
      return db.transaction(async (tx) => {
        const current = await findSegment(tx, id);
        if (!current) throw notFound('segment', id);
        const updated = await updateSegment(tx, id, input, expectedVersion);
        if (!updated) throw versionConflict('segment');
        await recordAudit(tx, actor, {
          action: 'update',
          resource: 'client_segment',
          resourceId: id,
          before: current,
          after: updated,
        });
        return toSegmentDto(updated);
      });
    },

    async deleteSegment(actor: AuditActor, id: number, expectedVersion?: number) {
      await db.transaction(async (tx) => {
        const current = await findSegment(tx, id);
        if (!current) throw notFound('segment', id);
        if (expectedVersion !== undefined && current.version !== expectedVersion)
          throw versionConflict('segment');
        await deleteSegment(tx, id);
        await recordAudit(tx, actor, {
          action: 'delete',
          resource: 'client_segment',
          resourceId: id,
          before: current,
        });
      });
    },

    async segmentClients(id: number, page: { sort: string; cursor?: string; limit: number }) {
      const segment = await existing(id);
      return withRfmScores(db, () => findSegmentClients(db, segment.rules, page));
    },

    async countSegment(id: number) {
      const segment = await existing(id);
      const count = await withRfmScores(db, () =>
        heavy.run((transaction) => countSegmentClients(transaction, segment.rules)),
      );
      return { count };
    },

    /** What rules would match before they are saved: the count and the first clients. */
    async previewSegment(rules: SegmentRules) {
      return withRfmScores(db, () =>
        heavy.run(async (transaction) => {
          const count = await countSegmentClients(transaction, rules);
          const first = await findSegmentClients(transaction, rules, { sort: 'companyName', limit: 10 });
          return { count, items: first.items };
        }),
      );
    },
  };
}
