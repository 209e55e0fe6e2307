// The search index behind one interface, on the engine the database is:
// SQLite's FTS5 (sqlite-search-store.ts) or PostgreSQL's full-text search
// (postgres-search-store.ts). Both hold the same rows (SearchEntry, written
// here) and answer the same question: the entries of these meetings whose
// words hold every word asked for and that the filters keep (responsible body,
// status, category, speaker), best first or newest meeting first, and how many
// of each kind.
import type { QueryWords } from "@/lib/search/search-terms";
import type { SearchKind } from "@/lib/search/search-kinds";
import { engineOf, type Db } from "@/server/db/client";
import type { TrackerStatus } from "@/lib/tracker-status";
import { Prisma } from "@/server/db/generated/sqlite/client";
import type { Tx } from "@/server/db/transaction";
import { postgresSearchStore } from "./postgres-search-store";
import type { SearchEntryInput } from "./search-entry";
import { sqliteSearchStore } from "./sqlite-search-store";

export interface IndexedEntry extends Omit<SearchEntryInput, "facets"> {
  /** indexTerms of the body (lib/search/search-terms.ts). */
  terms: string;
  /** The facets as lib/search/facet-key.ts keys them; "" for none. */
  responsibleBody: string;
  status: string;
  categoryId: string;
  speakers: string;
}

/** What the found entries must be about besides their words; null for any. */
export interface FindFilters {
  /** A facetKey found within the entry's responsible body's. */
  responsibleBody: string | null;
  status: TrackerStatus | null;
  categoryId: string | null;
  /** A facetKey found within one of the entry's speakers'. */
  speaker: string | null;
}

export type SearchOrder = "relevance" | "date";

export interface FindRequest {
  words: QueryWords;
  /** The meetings whose entries may be found (the asker's). */
  meetingIds: readonly string[];
  /** Of those, the meetings whose comments the asker may read. */
  commentMeetingIds: readonly string[];
  /** One kind, paged; or null: the first `limit` of every kind. */
  kind: SearchKind | null;
  filters: FindFilters;
  /** Best first, or the newest meeting's first (then best first). */
  order: SearchOrder;
  limit: number;
  offset: number;
}

export interface FoundEntry extends Omit<SearchEntryInput, "facets"> {
  meetingId: string;
}

export interface FoundPage {
  entries: FoundEntry[];
  counts: Partial<Record<SearchKind, number>>;
  /** Found by near matches (no entry held the words themselves). */
  near: boolean;
}

/** What each engine's store tells apart; the rest is shared below. */
export interface SearchEngine {
  /** The matching entries, as a subquery of their "id", "meetingId", "kind", "rank" (lower is better)
   * and facets ("responsibleBody", "status", "categoryId", "speakers"). */
  hits(words: QueryWords): Prisma.Sql;
  /** Entries near the words when none hold them (PostgreSQL's pg_trgm), or null. */
  nearHits(db: Tx, words: QueryWords): Promise<Prisma.Sql | null>;
  /** The condition that `column` is one of `ids`. */
  isAmong(column: Prisma.Sql, ids: readonly string[]): Prisma.Sql;
  /** From `hits` (a subquery of "id", "kind", "rank", "startsAt"), the first `limit` of
   * each kind in the order `by` (of `h`'s columns) with each kind's count, as rows of
   * "id", "kind", "rank", "startsAt", "total". */
  firstOfEachKind(hits: Prisma.Sql, by: Prisma.Sql, limit: number): Prisma.Sql;
  /** The numbers of a JSON array (entries' ids), as a subquery for IN (…). */
  numbersOf(json: string): Prisma.Sql;
  /** Many entries in one statement, from a JSON array of them. */
  insert(json: string): Prisma.Sql;
}

export interface SearchStore {
  replaceMeeting(tx: Tx, meetingId: string, entries: readonly IndexedEntry[]): Promise<void>;
  clear(tx: Tx): Promise<void>;
  builtVersion(db: Tx): Promise<string | null>;
  markBuilt(tx: Tx, version: string): Promise<void>;
  find(db: Tx, request: FindRequest): Promise<FoundPage>;
}

interface Row {
  id: number | bigint;
  meetingId: string;
  kind: string;
  versionNumber: number | bigint | null;
  blockId: string;
  threadId: string | null;
  section: string;
  body: string;
}

const entryOf = (row: Row): FoundEntry => ({
  meetingId: row.meetingId,
  kind: row.kind as SearchEntryInput["kind"],
  versionNumber: row.versionNumber === null ? null : Number(row.versionNumber),
  blockId: row.blockId,
  threadId: row.threadId,
  section: row.section,
  body: row.body,
});

/** The page's entries, in the order of their ids (the ranking's): only
 * these are read whole; the ranking and the counts read ids and kinds. */
async function entriesOf(engine: SearchEngine, db: Tx, ids: ReadonlyArray<number | bigint>): Promise<FoundEntry[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<Row[]>`
    SELECT "id", "meetingId", "kind", "versionNumber", "blockId", "threadId", "section", "body"
    FROM "SearchEntry" WHERE "id" IN ${engine.numbersOf(JSON.stringify(ids.map(Number)))}`;
  const byId = new Map(rows.map((row) => [Number(row.id), row]));
  return ids.flatMap((id) => {
    const row = byId.get(Number(id));
    return row ? [entryOf(row)] : [];
  });
}

/** LIKE's pattern of a text found anywhere in a column (the same on both engines). */
const within = (text: string): string => `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;

/** The filters' conditions on a hit `h`; TRUE for none. */
function filtered(filters: FindFilters): Prisma.Sql {
  const conditions = [
    filters.responsibleBody === null ? null : Prisma.sql`h."responsibleBody" LIKE ${within(filters.responsibleBody)} ESCAPE '\\'`,
    filters.status === null ? null : Prisma.sql`h."status" = ${filters.status}`,
    filters.categoryId === null ? null : Prisma.sql`h."categoryId" = ${filters.categoryId}`,
    filters.speaker === null ? null : Prisma.sql`h."speakers" LIKE ${within(filters.speaker)} ESCAPE '\\'`,
  ].filter((condition) => condition !== null);
  return conditions.length === 0 ? Prisma.sql`1 = 1` : Prisma.join(conditions, " AND ");
}

/** The hits with what the order needs: the meeting's start for "date" (newest first). */
function ordered(hits: Prisma.Sql, order: SearchOrder): { from: Prisma.Sql; startsAt: Prisma.Sql; by: Prisma.Sql; byHit: Prisma.Sql } {
  if (order === "date") {
    return {
      from: Prisma.sql`${hits} h JOIN "Meeting" m ON m."id" = h."meetingId"`,
      startsAt: Prisma.sql`m."startsAt"`,
      by: Prisma.sql`m."startsAt" DESC, h."rank", h."id"`,
      byHit: Prisma.sql`h."startsAt" DESC, h."rank", h."id"`,
    };
  }
  return { from: Prisma.sql`${hits} h`, startsAt: Prisma.sql`NULL`, by: Prisma.sql`h."rank", h."id"`, byHit: Prisma.sql`h."rank", h."id"` };
}

function storeOn(engine: SearchEngine): SearchStore {
  const visible = (request: FindRequest): Prisma.Sql => {
    // No condition on comments when they may be read in every meeting searched.
    const commentable = new Set(request.commentMeetingIds);
    const comments = request.meetingIds.every((id) => commentable.has(id))
      ? Prisma.sql`1 = 1`
      : Prisma.sql`(h."kind" <> 'comment' OR ${engine.isAmong(Prisma.sql`h."meetingId"`, request.commentMeetingIds)})`;
    return Prisma.sql`${engine.isAmong(Prisma.sql`h."meetingId"`, request.meetingIds)} AND ${comments} AND ${filtered(request.filters)}`;
  };

  const page = async (db: Tx, hits: Prisma.Sql, request: FindRequest): Promise<Omit<FoundPage, "near">> => {
    const order = ordered(hits, request.order);
    if (request.kind) {
      const counted = await db.$queryRaw<Array<{ found: number | bigint }>>`
        SELECT COUNT(*) AS "found" FROM ${hits} h WHERE ${visible(request)} AND h."kind" = ${request.kind}`;
      const ranked = await db.$queryRaw<Array<{ id: number | bigint }>>`
        SELECT h."id" FROM ${order.from} WHERE ${visible(request)} AND h."kind" = ${request.kind}
        ORDER BY ${order.by} LIMIT ${request.limit} OFFSET ${request.offset}`;
      const found = Number(counted[0]?.found ?? 0);
      return { counts: found > 0 ? { [request.kind]: found } : {}, entries: await entriesOf(engine, db, ranked.map((row) => row.id)) };
    }
    // The first `limit` of each kind and each kind's count, each engine its way.
    const visibleHits = Prisma.sql`(SELECT h."id", h."kind", h."rank", ${order.startsAt} AS "startsAt" FROM ${order.from} WHERE ${visible(request)})`;
    // Only the chosen few are read whole, in the same statement.
    const ranked = await db.$queryRaw<Array<Row & { total: number | bigint }>>`
      SELECT e."id", e."meetingId", e."kind", e."versionNumber", e."blockId", e."threadId", e."section", e."body", ranked."total"
      FROM ${engine.firstOfEachKind(visibleHits, order.byHit, request.limit)} ranked JOIN "SearchEntry" e ON e."id" = ranked."id"
      ORDER BY ranked."startsAt" DESC, ranked."rank", ranked."id"`;
    return { counts: Object.fromEntries(ranked.map((row) => [row.kind, Number(row.total)])), entries: ranked.map(entryOf) };
  };

  return {
    async replaceMeeting(tx, meetingId, entries) {
      await tx.$executeRaw`DELETE FROM "SearchEntry" WHERE "meetingId" = ${meetingId}`;
      if (entries.length === 0) return;
      await tx.$executeRaw(engine.insert(JSON.stringify(entries.map((entry) => ({ ...entry, meetingId })))));
    },
    async clear(tx) {
      await tx.$executeRaw`DELETE FROM "SearchIndexState"`;
      await tx.$executeRaw`DELETE FROM "SearchEntry"`;
    },
    async builtVersion(db) {
      const rows = await db.$queryRaw<Array<{ normaliser: string }>>`SELECT "normaliser" FROM "SearchIndexState" WHERE "id" = 1`;
      return rows[0]?.normaliser ?? null;
    },
    async markBuilt(tx, version) {
      await tx.$executeRaw`DELETE FROM "SearchIndexState"`;
      await tx.$executeRaw`INSERT INTO "SearchIndexState" ("id", "normaliser", "builtAt") VALUES (1, ${version}, ${new Date()})`;
    },
    async find(db, request) {
      if (request.meetingIds.length === 0) return { entries: [], counts: {}, near: false };
      const found = await page(db, engine.hits(request.words), request);
      if (Object.keys(found.counts).length > 0) return { ...found, near: false };
      const near = await engine.nearHits(db, request.words);
      return near ? { ...(await page(db, near, request)), near: true } : { ...found, near: false };
    },
  };
}

const stores = new WeakMap<Db, SearchStore>();

/** The search store of the engine `db` is on. */
export function searchStoreFor(db: Db): SearchStore {
  let store = stores.get(db);
  if (!store) {
    store = storeOn(engineOf(db) === "postgres" ? postgresSearchStore() : sqliteSearchStore());
    stores.set(db, store);
  }
  return store;
}
