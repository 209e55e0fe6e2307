// The update log's statements on PostgreSQL (pg-update-log.ts), named so that
// each connection parses and plans them once. Prisma's tables
// (prisma/postgres/schema.prisma), found on the connection's search path (the
// URL's `?schema=`); the rows are those Prisma wrote, with their dates in UTC
// as Prisma writes them, whatever the session's time zone.
import type { QueryConfig } from "pg";
import type { AppendItem } from "./update-log";

const NOW = `(now() AT TIME ZONE 'UTC')`;

/** A document as stored, in one statement (one snapshot of the database): part
 * 0 its snapshot, 1 its filed updates, 2 its journal's, by id; 3 its authors. */
const LOAD = `
  SELECT 0 AS "part", 0 AS "id", "snapshot" AS "data", NULL::bigint AS "clientId", NULL::text AS "userId"
    FROM "CollabDocument" WHERE "name" = $1
  UNION ALL SELECT 1, "id", "data", NULL, NULL FROM "CollabUpdate" WHERE "docName" = $1
  UNION ALL SELECT 2, "id", "data", NULL, NULL FROM "CollabUpdateJournal" WHERE "docName" = $1
  UNION ALL SELECT 3, 0, NULL, "clientId", "userId" FROM "CollabAuthor" WHERE "docName" = $1
  ORDER BY "part", "id"`;

export interface LoadRow {
  part: number;
  id: number;
  data: Buffer | null;
  /** int8, as pg gives it: a string. */
  clientId: string | null;
  userId: string | null;
}

const CREATE = `
  INSERT INTO "CollabDocument" ("name", "snapshot", "createdAt", "updatedAt") VALUES ($1, $2, ${NOW}, ${NOW})
  ON CONFLICT ("name") DO NOTHING`;

/** A commit: its updates and their authors' claims in one statement, so one
 * round trip and one transaction (a statement is all or nothing). The updates'
 * ids follow the batch's order. A claim already stored is kept (a retried
 * commit may carry it again), as SQLite's log does. */
const APPEND = `
  WITH "claims" AS (
    INSERT INTO "CollabAuthor" ("docName", "clientId", "userId", "createdAt")
    SELECT "docName", "clientId", "userId", ${NOW} FROM unnest($4::text[], $5::bigint[], $6::text[]) AS c("docName", "clientId", "userId")
    ON CONFLICT ("docName", "clientId") DO NOTHING
  )
  INSERT INTO "CollabUpdate" ("docName", "data", "authorId", "createdAt")
  SELECT "docName", "data", "authorId", ${NOW}
    FROM unnest($1::text[], $2::bytea[], $3::text[]) WITH ORDINALITY AS u("docName", "data", "authorId", "n")
    ORDER BY "n"`;

/** A document is compacted on one node at a time, whichever node (the key is the document's). */
const COMPACT_TURN = `SELECT pg_advisory_xact_lock(hashtext('kateb:compact:' || $1))`;

/** The new snapshot, and exactly the rows read dropped. */
const COMPACT_WRITE = `
  WITH "document" AS (UPDATE "CollabDocument" SET "snapshot" = $2, "updatedAt" = ${NOW} WHERE "name" = $1),
  "filed" AS (DELETE FROM "CollabUpdate" WHERE "id" = ANY($3::int[]) RETURNING 1),
  "journal" AS (DELETE FROM "CollabUpdateJournal" WHERE "id" = ANY($4::int[]) RETURNING 1)
  SELECT (SELECT count(*) FROM "filed") + (SELECT count(*) FROM "journal") AS "removed"`;

/** pg sends a Uint8Array, alone or in an array, as bytea. */
type Statement = QueryConfig<unknown[]>;

export const statements = {
  load: (name: string): Statement => ({ name: "kateb-log-load", text: LOAD, values: [name] }),
  create: (name: string, snapshot: Uint8Array): Statement => ({ name: "kateb-log-create", text: CREATE, values: [name, snapshot] }),
  append: (items: readonly AppendItem[]): Statement => {
    const claims = items.flatMap(({ docName, authorId, claims }) =>
      authorId === null ? [] : claims.map((clientId) => ({ docName, clientId: String(clientId), userId: authorId })),
    );
    return {
      name: "kateb-log-append",
      text: APPEND,
      values: [
        items.map((item) => item.docName),
        items.map((item) => item.update),
        items.map((item) => item.authorId),
        claims.map((claim) => claim.docName),
        claims.map((claim) => claim.clientId),
        claims.map((claim) => claim.userId),
      ],
    };
  },
  compactTurn: (name: string): Statement => ({ name: "kateb-log-compact-turn", text: COMPACT_TURN, values: [name] }),
  compactWrite: (name: string, snapshot: Uint8Array, filed: number[], journal: number[]): Statement => ({
    name: "kateb-log-compact-write",
    text: COMPACT_WRITE,
    values: [name, snapshot, filed, journal],
  }),
};
