import { type paths, unwrap } from '@smartcrm/api-client';
import { api } from '../../../api/client';
import type { ListResource } from '../../listing/api/resource';
import { toInvitationRow } from '../utils/invitation-row';

// Read from the paths, like the client's own entity types; the client does not name these (yet).
type InvitationList = paths['/api/invitations']['get'];
type InvitationListQuery = NonNullable<InvitationList['parameters']['query']>;

/** An invitation not accepted yet: the account waiting for it and its newest link. */
export type Invitation = InvitationList['responses'][200]['content']['application/json']['items'][number];
/** An invitation as the list shows it, keyed by its account. */
export type InvitationRow = Invitation & { id: number };

/** Invitations not accepted yet, newest first. The endpoint has no search; it filters by role. */
export const invitationResource: ListResource<InvitationRow> = {
  key: 'invitations',
  sortFields: ['createdAt', 'email'],
  defaultSort: '-createdAt',
  filterKeys: ['role'],
  fetchList: async (query, signal) => {
    const page = await unwrap(
      api.GET('/api/invitations', { params: { query: query as InvitationListQuery }, signal }),
    );
    return { ...page, items: page.items.map(toInvitationRow) };
  },
};
