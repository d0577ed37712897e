/** How many orders or tickets the account page shows at a time: a glance, not a full history. */
export const accountListPageSize = 5;
