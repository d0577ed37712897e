import { and, isNull, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { clientFields } from './client.repository';
import type { ClientDto } from './dto';
import { clients } from './schema';

// pg_trgm's default word_similarity_threshold (the `<%` operator) is 0.6; the same bar for a name match.
const SIMILAR_NAME = 0.6;

export type DuplicateCandidate = { client: ClientDto; sameEmailDomain: boolean; nameSimilarity: number };

/**
 * Clients that may be the same company: an email at the same company domain, or a company name whose
 * words closely match. Both look-ups go through the trigram index on search_text (which holds the name
 * and email), then are checked exactly on the columns themselves.
 */
export async function findDuplicateCandidates(
  executor: Executor,
  options: { clientId: number; normalisedName: string; domain?: string; limit: number },
): Promise<DuplicateCandidate[]> {
  const nameSimilarity = sql<number>`word_similarity(${options.normalisedName}, lower(${clients.companyName}))`;
  const sameDomain: SQL = options.domain
    ? sql`(${clients.searchText} like ${`%@${options.domain.replace(/[\\%_]/g, '\\$&')}%`} and lower(split_part(${clients.email}, '@', 2)) = ${options.domain})`
    : sql`false`;
  const similarName = sql`(${options.normalisedName} <% ${clients.searchText} and ${nameSimilarity} >= ${SIMILAR_NAME})`;
  const rows = await executor
    .select({ client: clientFields, sameEmailDomain: sql<boolean>`${sameDomain}`, nameSimilarity })
    .from(clients)
    .where(and(ne(clients.id, options.clientId), isNull(clients.mergedIntoId), or(sameDomain, similarName)))
    // (PostgreSQL refuses a constant in ORDER BY, so the domain only sorts when there is one.)
    .orderBy(...(options.domain ? [sql`${sameDomain} desc`] : []), sql`${nameSimilarity} desc`, clients.id)
    .limit(options.limit);
  return rows.map((row) => ({ ...row, nameSimilarity: Math.round(Number(row.nameSimilarity) * 100) / 100 }));
}
