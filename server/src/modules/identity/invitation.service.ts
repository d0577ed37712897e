import type { Database } from '../../platform/db/database';
import type { AuditActor } from '../../platform/http/audit-actor';
import { AppError, notFound } from '../../platform/http/errors';
import { recordAudit } from './audit.service';
import type { InvitationListQuery } from './dto';
import { findInvitedUsers, findUserSummaries, latestInvitationTokens } from './invitation.repository';
import { deleteUserRow, findUserById } from './user.repository';
import { toManagedUserDto } from './user-admin.service';

/** Pending invitations: accounts created by an admin whose owner has not set a password yet. */
export function createInvitationService(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;
  return {
    async list(query: InvitationListQuery) {
      const page = await findInvitedUsers(db, query);
      const ids = page.items.map((user) => user.id);
      const tokens = await latestInvitationTokens(db, ids);
      const inviters = await findUserSummaries(
        db,
        [...tokens.values()].flatMap((token) => (token.createdBy ? [token.createdBy] : [])),
      );
      const now = clock();
      const items = page.items.map((user) => {
        const token = tokens.get(user.id);
        const live = token !== undefined && token.usedAt === null && token.expiresAt > now;
        return {
          user: toManagedUserDto(user),
          status: live ? ('pending' as const) : ('expired' as const),
          sentAt: token?.createdAt ?? user.createdAt,
          expiresAt: token?.expiresAt ?? null,
          invitedBy: (token?.createdBy && inviters.get(token.createdBy)) || null,
        };
      });
      return { items, nextCursor: page.nextCursor };
    },

    /** Withdraws an invitation: the account that was waiting for it goes, its links with it. */
    async revoke(actor: AuditActor, userId: number) {
      await db.transaction(async (tx) => {
        const user = await findUserById(tx, userId);
        if (!user) throw notFound('invitation', userId);
        if (user.passwordHash !== null) {
          throw new AppError(
            'already_accepted',
            409,
            'This invitation was accepted; deactivate the account instead',
          );
        }
        await deleteUserRow(tx, userId);
        await recordAudit(tx, actor, {
          action: 'revoke_invitation',
          resource: 'user',
          resourceId: userId,
          before: toManagedUserDto(user),
        });
      });
    },
  };
}
