import type { UserRole } from '../../platform/auth/roles';
import type { AuthenticatedUser } from '../../platform/auth/tokens';
import type { Database, Executor } from '../../platform/db/database';
import { constraintViolationOf, sqlState } from '../../platform/db/errors';
import type { AuditActor } from '../../platform/http/audit-actor';
import { AppError, notFound } from '../../platform/http/errors';
import { versionConflict } from '../../platform/http/etag';
import { recordAudit } from './audit.service';
import type { NewSavedView, SavedViewChanges, SavedViewDto, SavedViewList } from './saved-view.dto';
import {
  deleteSavedView,
  findSavedView,
  findVisibleSavedViews,
  insertSavedView,
  type SavedViewRow,
  type SavedViewWithOwner,
  savedViewNameTaken,
  updateSavedView,
} from './saved-view.repository';
import { normaliseViewQuery } from './saved-view-query.util';

// Sharing puts a view in every colleague's menu, so it is a lead's call; anyone else keeps views private.
const sharingRoles: readonly UserRole[] = ['admin', 'manager'];
// An admin tidies the team's menus: they may delete a view someone else shared (never a private one).
const sharedViewCurators: readonly UserRole[] = ['admin'];

const nameTaken = (name: string) =>
  new AppError('saved_view_name_taken', 409, `You already have a view of this list named ${name}`, {
    errors: [{ parameter: 'body.name', message: 'you already have a view of this list with this name' }],
  });

const sharingNotAllowed = () =>
  new AppError('share_not_allowed', 403, 'Only admins and managers may share a view with the team', {
    errors: [{ parameter: 'body.shared', message: 'only admins and managers may share views' }],
  });

const notOwner = (id: number) =>
  new AppError('not_owner', 403, `Saved view ${id} belongs to someone else; only its owner may change it`);

function viewQuery(query: string): string {
  const normalised = normaliseViewQuery(query);
  if (normalised.length > 2000) {
    throw new AppError('validation_failed', 400, 'The query is too long once encoded', {
      errors: [{ parameter: 'body.query', message: 'at most 2000 characters once URL-encoded' }],
    });
  }
  return normalised;
}

function caller(actor: AuditActor): AuthenticatedUser {
  if (!actor.user) throw new AppError('authentication_required', 401, 'Sign in to use saved views');
  return actor.user;
}

const audited = (view: SavedViewRow) => ({
  userId: view.userId,
  list: view.list,
  name: view.name,
  query: view.query,
  shared: view.shared,
});

function toSavedViewDto(view: SavedViewWithOwner, userId: number): SavedViewDto {
  return {
    id: view.id,
    list: view.list,
    name: view.name,
    query: view.query,
    shared: view.shared,
    mine: view.userId === userId,
    owner: { id: view.userId, name: view.ownerName },
    createdAt: view.createdAt,
    updatedAt: view.updatedAt,
    version: view.version,
  };
}

/**
 * Named views of the admin's lists (filters, search, sort and page size as the list's URL query). Each
 * belongs to the user who saved it; a shared one shows in every staff user's menu but stays its owner's.
 * Someone else's private view does not exist for the caller (404).
 */
export function createSavedViewService(deps: { db: Database }) {
  const { db } = deps;

  /** Turns a race past the name check into the same 409 the check gives. */
  async function guardUniqueName<Result>(name: string, work: () => Promise<Result>): Promise<Result> {
    try {
      return await work();
    } catch (error) {
      if (constraintViolationOf(error, sqlState.uniqueViolation)) throw nameTaken(name);
      throw error;
    }
  }

  async function visibleView(executor: Executor, id: number, user: AuthenticatedUser) {
    const view = await findSavedView(executor, id);
    if (!view || (view.userId !== user.id && !view.shared)) throw notFound('saved_view', id);
    return view;
  }

  return {
    async listSavedViews(user: AuthenticatedUser, list: SavedViewList) {
      const rows = await findVisibleSavedViews(db, { userId: user.id, list });
      return { items: rows.map((row) => toSavedViewDto(row, user.id)) };
    },

    async createSavedView(actor: AuditActor, input: NewSavedView) {
      const user = caller(actor);
      if (input.shared && !sharingRoles.includes(user.role)) throw sharingNotAllowed();
      const values = { userId: user.id, list: input.list, name: input.name, query: viewQuery(input.query) };
      const created = await guardUniqueName(input.name, () =>
        db.transaction(async (tx) => {
          if (await savedViewNameTaken(tx, values)) throw nameTaken(input.name);
          const row = await insertSavedView(tx, { ...values, shared: input.shared });
          await recordAudit(tx, actor, {
            action: 'create',
            resource: 'saved_view',
            resourceId: row.id,
            after: audited(row),
          });
          const withOwner = await findSavedView(tx, row.id);
          if (!withOwner) throw new Error('the view just saved is gone');
          return withOwner;
        }),
      );
      return toSavedViewDto(created, user.id);
    },

    async updateSavedView(
      actor: AuditActor,
      id: number,
      changes: SavedViewChanges,
      expectedVersion?: number,
    ) {
      const user = caller(actor);
      const current = await visibleView(db, id, user);
      if (current.userId !== user.id) throw notOwner(id);
      // Turning sharing off, or saving a view that is shared already, needs no lead.
      if (changes.shared && !current.shared && !sharingRoles.includes(user.role)) throw sharingNotAllowed();
      const set = {
        ...(changes.name !== undefined && { name: changes.name }),
        ...(changes.query !== undefined && { query: viewQuery(changes.query) }),
        ...(changes.shared !== undefined && { shared: changes.shared }),
      };
      const name = set.name ?? current.name;
      const updated = await guardUniqueName(name, () =>
        db.transaction(async (tx) => {
          if (set.name && (await savedViewNameTaken(tx, { ...current, name, exceptId: id })))
            throw nameTaken(name);
          const row = await updateSavedView(tx, id, set, expectedVersion);
          if (!row) throw versionConflict('saved view');
          await recordAudit(tx, actor, {
            action: 'update',
            resource: 'saved_view',
            resourceId: id,
            before: audited(current),
            after: audited(row),
          });
          return row;
        }),
      );
      return toSavedViewDto({ ...updated, ownerName: current.ownerName }, user.id);
    },

    async deleteSavedView(actor: AuditActor, id: number, expectedVersion?: number) {
      const user = caller(actor);
      const current = await visibleView(db, id, user);
      if (current.userId !== user.id && !sharedViewCurators.includes(user.role)) throw notOwner(id);
      await db.transaction(async (tx) => {
        if (!(await deleteSavedView(tx, id, expectedVersion))) throw versionConflict('saved view');
        await recordAudit(tx, actor, {
          action: 'delete',
          resource: 'saved_view',
          resourceId: id,
          before: audited(current),
        });
      });
    },
  };
}
