// A collaborative document as stored: its compacted snapshot, then the updates
// accepted since, filed under it (CollabUpdate) or still in the journal
// (CollabUpdateJournal, where the server's update log commits first and from
// which it files them in bulk).
import * as Y from "yjs";
import type { Tx } from "./transaction";
import type { Db } from "./client";

export interface StoredDocument {
  snapshot: Uint8Array;
  updates: Uint8Array[];
  /** Who writes under each Yjs client id (CollabAuthor): client id, user id. */
  authors: Array<[number, string]>;
}

/** One statement, so one read of the database: a row being moved from the
 * journal, or a compaction, is seen wholly before or after (separate queries,
 * even in a transaction of Prisma's on a shared connection, could see half). */
export async function readStoredDocument(db: Db | Tx, name: string): Promise<StoredDocument | null> {
  const rows = await db.$queryRaw<Array<{ part: number | bigint; data: Uint8Array }>>`
    SELECT 0 AS "part", 0 AS "id", "snapshot" AS "data" FROM "CollabDocument" WHERE "name" = ${name}
    UNION ALL SELECT 1, "id", "data" FROM "CollabUpdate" WHERE "docName" = ${name}
    UNION ALL SELECT 2, "id", "data" FROM "CollabUpdateJournal" WHERE "docName" = ${name}
    ORDER BY "part", "id"`;
  const [first, ...updates] = rows;
  if (!first || Number(first.part) !== 0) return null;
  // Read after the updates: a claim is committed with its update, so every
  // update read has its author here.
  const authors = await db.collabAuthor.findMany({ where: { docName: name }, select: { clientId: true, userId: true } });
  // The journal's rows were committed after every row filed under the document.
  return {
    snapshot: first.data,
    updates: updates.map((row) => row.data),
    authors: authors.map((row) => [Number(row.clientId), row.userId]),
  };
}

/** The whole stored state as one Yjs update. */
export function storedState(stored: StoredDocument): Uint8Array {
  return Y.mergeUpdates([stored.snapshot, ...stored.updates]);
}
