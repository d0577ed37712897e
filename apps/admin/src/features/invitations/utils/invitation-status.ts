import type { EnumStyles } from '../../listing/utils/enum-style';
import type { Invitation } from '../api/invitation-resource';

export const invitationStatusStyles: EnumStyles<Invitation['status']> = {
  pending: { label: 'invitations.status.pending', color: 'blue' },
  expired: { label: 'invitations.status.expired', color: 'orange' },
};
