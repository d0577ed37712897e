/**
 * The SQL the clients repository sends, as drizzle renders it (checked with `.toSQL()`): the floor server
 * runs exactly this, and the benchmark explains it.
 */
const columns =
  '"id", "company_name", "contact_person", "email", "phone", "industry", "status", "created_at", "updated_at", "version"';

/** Parameters: the id. */
export const lookupSql = `select ${columns} from "clients" where "clients"."id" = $1`;

/** Parameters: the contains-pattern, then the page size plus one. */
export const searchSql =
  `select ${columns} from "clients" where "clients"."id" in (select "id" from "clients" ` +
  'where "clients"."search_text" like lower($1) order by "clients"."company_name" asc, "clients"."id" asc limit $2) ' +
  'order by "clients"."company_name" asc, "clients"."id" asc';

/** A LIKE pattern matching the text anywhere, wildcards in the text taken literally (as the server does). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
