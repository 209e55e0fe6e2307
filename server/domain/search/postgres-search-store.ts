// The search index on PostgreSQL: SearchEntry's terms as a tsvector of exactly
// the normaliser's words (no parser of PostgreSQL's in between), a GIN index
// on it, ranked by ts_rank; and, where pg_trgm is installed, near matches by
// word similarity when no entry holds the words themselves.
import type { QueryWords } from "@/lib/search/search-terms";
import { Prisma } from "@/server/db/generated/sqlite/client";
import type { Tx } from "@/server/db/transaction";
import type { SearchEngine } from "./search-store";

/** tsquery's text: every word, each as any of its stems; the last one also as a prefix while typing.
 * For `matching`, without the stems the prefix already matches («'x' | 'x':*» is «'x':*»): the same
 * entries, and the planner, which takes the two for independent, no longer counts them twice and
 * guesses a scan of the whole table; ts_rank is given the whole query (each term it finds counts). */
export function tsQuery(words: QueryWords, matching = false): string {
  return words.words
    .map((stems, index) => {
      const prefix = words.prefix !== null && index === words.words.length - 1 ? words.prefix : null;
      const kept = matching && prefix !== null ? stems.filter((stem) => !stem.startsWith(prefix)) : stems;
      return `(${[...kept.map((stem) => `'${stem}'`), ...(prefix === null ? [] : [`'${prefix}':*`])].join(" | ")})`;
    })
    .join(" & ");
}

/** The schema pg_trgm is installed in, or null (looked up once per store). */
async function trigramSchema(db: Tx): Promise<string | null> {
  const rows = await db.$queryRaw<Array<{ schema: string }>>`
    SELECT n.nspname AS "schema" FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'`;
  return rows[0]?.schema ?? null;
}

const quoteIdentifier = (name: string): string => `"${name.replaceAll('"', '""')}"`;

export function postgresSearchStore(): SearchEngine {
  let trigrams: Promise<string | null> | null = null;
  return {
    hits: (words) => Prisma.sql`(
      SELECT e."id", e."meetingId", e."kind", -ts_rank(e."termsVector", ${tsQuery(words)}::tsquery) AS "rank",
             e."responsibleBody", e."status", e."categoryId", e."speakers"
      FROM "SearchEntry" e
      WHERE e."termsVector" @@ ${tsQuery(words, true)}::tsquery
    )`,
    async nearHits(db, words) {
      trigrams ??= trigramSchema(db);
      const schema = await trigrams;
      if (schema === null) return null;
      const text = words.words.map((stems) => stems[0] ?? "").join(" ");
      const similarity = Prisma.raw(`${quoteIdentifier(schema)}.word_similarity`);
      const near = Prisma.raw(`OPERATOR(${quoteIdentifier(schema)}.<%)`);
      return Prisma.sql`(
        SELECT e."id", e."meetingId", e."kind", -${similarity}(${text}, e."terms") AS "rank",
               e."responsibleBody", e."status", e."categoryId", e."speakers"
        FROM "SearchEntry" e WHERE ${text} ${near} e."terms"
      )`;
    },
    // The ids as the keys of a jsonb object, looked up by binary search: the
    // planner neither guesses a set's size (a jsonb array's elements joined in)
    // nor weighs each element against the column's statistics (an = ANY of a
    // thousand ids costs more to plan than to run).
    isAmong: (column, ids) => Prisma.sql`${JSON.stringify(Object.fromEntries(ids.map((id) => [id, true])))}::jsonb ? ${column}`,
    // The matches once (a CTE used twice is materialised), counted by kind, and
    // each kind's first by a bounded sort of that kind's matches only.
    firstOfEachKind: (hits, by, limit) => Prisma.sql`(
      WITH h AS ${hits}, kinds AS (SELECT h."kind", COUNT(*) AS "total" FROM h GROUP BY h."kind")
      SELECT first."id", kinds."kind", first."rank", first."startsAt", kinds."total" FROM kinds
      CROSS JOIN LATERAL (SELECT h."id", h."rank", h."startsAt" FROM h WHERE h."kind" = kinds."kind" ORDER BY ${by} LIMIT ${limit}) first
    )`,
    numbersOf: (json) => Prisma.sql`(SELECT (jsonb_array_elements_text(${json}::jsonb))::integer)`,
    insert: (json) => Prisma.sql`
      INSERT INTO "SearchEntry" ("meetingId", "kind", "versionNumber", "blockId", "threadId", "section", "body", "terms",
                                 "responsibleBody", "status", "categoryId", "speakers")
      SELECT x."meetingId", x."kind", x."versionNumber", x."blockId", x."threadId", x."section", x."body", x."terms",
             x."responsibleBody", x."status", x."categoryId", x."speakers"
      FROM jsonb_to_recordset(${json}::jsonb) AS x("meetingId" TEXT, "kind" TEXT, "versionNumber" INTEGER, "blockId" TEXT,
                                                  "threadId" TEXT, "section" TEXT, "body" TEXT, "terms" TEXT,
                                                  "responsibleBody" TEXT, "status" TEXT, "categoryId" TEXT, "speakers" TEXT)`,
  };
}
