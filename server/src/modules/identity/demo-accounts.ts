import type { UserRole } from '../../platform/auth/roles';

/** Documented demo password; accounts with it exist only in demo mode. */
export const DEMO_PASSWORD = 'Demo1234!';

export const demoAccounts: { email: string; role: UserRole; name: string }[] = [
  { email: 'admin@demo.local', role: 'admin', name: 'Ada Admin' },
  { email: 'manager@demo.local', role: 'manager', name: 'Max Manager' },
  { email: 'agent@demo.local', role: 'agent', name: 'Alex Agent' },
  { email: 'sales@demo.local', role: 'sales', name: 'Sam Sales' },
  { email: 'customer@demo.local', role: 'customer', name: 'Casey Customer' },
];
