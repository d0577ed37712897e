/** A seed that cannot run as asked (a database with data already, orders without clients): a message, not a stack. */
export class SeedError extends Error {}
