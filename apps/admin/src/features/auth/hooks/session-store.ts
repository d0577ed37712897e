import { createSessionStore } from '@smartcrm/ui';
import { endSessionOnServer, renewSessionOnServer } from '../api/session-requests';
import { isStaffRole } from '../utils/staff-access';

/** The staff member's session; see createSessionStore. Customer sessions found here are ended, not used. */
export const sessionStore = createSessionStore({
  lockName: 'smartcrm.admin.session-refresh',
  renewSession: renewSessionOnServer,
  endSession: endSessionOnServer,
  acceptsUser: (user) => isStaffRole(user.role),
});
