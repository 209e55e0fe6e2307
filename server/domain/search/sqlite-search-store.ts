// The search index on SQLite: an FTS5 table over SearchEntry's terms (kept in
// step by the migration's triggers), ranked by bm25.
import { SEARCH_KINDS } from "@/lib/search/search-kinds";
import type { QueryWords } from "@/lib/search/search-terms";
import { Prisma } from "@/server/db/generated/sqlite/client";
import type { SearchEngine } from "./search-store";

/** FTS5's query: every word, each as any of its stems; the last one also as a prefix while typing. */
export function ftsQuery(words: QueryWords): string {
  // The terms are letters and digits only (normalisePersian): a quote cannot occur.
  return words.words
    .map((stems, index) => {
      const prefix = words.prefix !== null && index === words.words.length - 1 ? [`"${words.prefix}"*`] : [];
      return `(${[...stems.map((stem) => `"${stem}"`), ...prefix].join(" OR ")})`;
    })
    .join(" AND ");
}

export function sqliteSearchStore(): SearchEngine {
  return {
    hits: (words) => Prisma.sql`(
      SELECT e."id", e."meetingId", e."kind", bm25("SearchEntryTerms") AS "rank",
             e."responsibleBody", e."status", e."categoryId", e."speakers"
      FROM "SearchEntryTerms" CROSS JOIN "SearchEntry" e INDEXED BY "SearchEntry_heads_idx" ON e."id" = "SearchEntryTerms".rowid
      WHERE "SearchEntryTerms" MATCH ${ftsQuery(words)}
    )`,
    nearHits: () => Promise.resolve(null),
    isAmong: (column, ids) => Prisma.sql`+${column} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`,
    // The matches once (a MATERIALIZED CTE), counted by kind, and each kind's
    // first by a bounded sort (ORDER BY … LIMIT keeps `limit` rows, where
    // numbering them all by a window sorted every match, twice).
    firstOfEachKind: (hits, by, limit) => Prisma.sql`(
      WITH h AS MATERIALIZED ${hits}, kinds AS (SELECT h."kind", COUNT(*) AS "total" FROM h GROUP BY h."kind")
      SELECT first."id", first."kind", first."rank", first."startsAt", kinds."total" FROM (${Prisma.join(
        SEARCH_KINDS.map((kind) => Prisma.sql`SELECT * FROM (SELECT h."id", h."kind", h."rank", h."startsAt" FROM h WHERE h."kind" = ${kind} ORDER BY ${by} LIMIT ${limit})`),
        " UNION ALL ",
      )}) first JOIN kinds ON kinds."kind" = first."kind"
    )`,
    numbersOf: (json) => Prisma.sql`(SELECT value FROM json_each(${json}))`,
    insert: (json) => Prisma.sql`
      INSERT INTO "SearchEntry" ("meetingId", "kind", "versionNumber", "blockId", "threadId", "section", "body", "terms",
                                 "responsibleBody", "status", "categoryId", "speakers")
      SELECT json_extract(value, '$.meetingId'), json_extract(value, '$.kind'), json_extract(value, '$.versionNumber'),
             json_extract(value, '$.blockId'), json_extract(value, '$.threadId'), json_extract(value, '$.section'),
             json_extract(value, '$.body'), json_extract(value, '$.terms'),
             json_extract(value, '$.responsibleBody'), json_extract(value, '$.status'),
             json_extract(value, '$.categoryId'), json_extract(value, '$.speakers')
      FROM json_each(${json})`,
  };
}
