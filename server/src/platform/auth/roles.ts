export const userRoles = ['admin', 'manager', 'agent', 'sales', 'customer'] as const;
export type UserRole = (typeof userRoles)[number];
export const staffRoles = userRoles.filter((role) => role !== 'customer');
