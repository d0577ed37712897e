import { createSessionStore } from '@smartcrm/ui';
import { endSessionOnServer, renewSessionOnServer } from '../api/session-requests';
import { isCustomer } from '../utils/customer-access';

/** The customer's session; see createSessionStore. Staff sessions found here are ended, not used. */
export const sessionStore = createSessionStore({
  lockName: 'smartcrm.portal.session-refresh',
  renewSession: renewSessionOnServer,
  endSession: endSessionOnServer,
  acceptsUser: isCustomer,
});
