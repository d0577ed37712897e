import type { Database } from '../../platform/db/database';
import type { StaffQuery } from './dto';
import { findStaff } from './staff.repository';

/** Who can be chosen as an account manager: a small look-up for pickers, not a directory. */
export function createStaffService(deps: { db: Database }) {
  const { db } = deps;
  return {
    listStaff: async (query: StaffQuery) => ({ items: await findStaff(db, query) }),
  };
}
