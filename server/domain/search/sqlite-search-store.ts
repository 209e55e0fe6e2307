// The search index on SQLite: an FTS5 table over SearchEntry's terms (kept in
// step by the migration's triggers), ranked by bm25.
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
      FROM "SearchEntryTerms" JOIN "SearchEntry" e ON e."id" = "SearchEntryTerms".rowid
      WHERE "SearchEntryTerms" MATCH ${ftsQuery(words)}
    )`,
    nearHits: () => Promise.resolve(null),
    isAmong: (column, ids) => Prisma.sql`${column} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`,
    // Every match numbered within its kind, in one pass (window functions).
    firstOfEachKind: (hits, by, limit) => Prisma.sql`(
      SELECT numbered."id", numbered."kind", numbered."rank", numbered."startsAt", numbered."total" FROM (
        SELECT h."id", h."kind", h."rank", h."startsAt",
               ROW_NUMBER() OVER (PARTITION BY h."kind" ORDER BY ${by}) AS "place",
               COUNT(*) OVER (PARTITION BY h."kind") AS "total"
        FROM ${hits} h
      ) numbered WHERE numbered."place" <= ${limit}
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
