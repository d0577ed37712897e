import { withClient } from './bench-setup';

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

/**
 * The word a search benchmark sends: `given`, or a surname from a company name halfway through the data,
 * common enough to fill a page as real searches are. With how many clients it matches.
 */
export async function chooseSearchWord(benchUrl: string, given: string | undefined) {
  return withClient(benchUrl, async (client) => {
    let word = given;
    let source = 'given with --q';
    if (!word) {
      const { rows } = await client.query<{ id: number; company_name: string }>(
        'select id, company_name from clients where id >= (select (min(id) + max(id)) / 2 from clients) order by id limit 1',
      );
      const sample = rows[0];
      word = sample ? /[A-Za-z]{4,}/.exec(sample.company_name)?.[0] : undefined;
      if (!sample || !word) throw new Error('no company name with a word to search for; pass --q');
      source = `from client ${sample.id}'s company "${sample.company_name}"`;
    }
    const { rows } = await client.query<{ count: number }>(
      'select count(*)::int as count from clients where search_text like lower($1)',
      [containsPattern(word)],
    );
    return { word, source, matches: rows[0]?.count ?? 0 };
  });
}
