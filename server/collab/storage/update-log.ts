// Where documents live in the database: a compacted snapshot plus the log of
// updates accepted since. The collaboration server sees only this interface,
// and runs on one of two, each with prepared statements on connections of its
// own to the database Prisma uses: sqlite-update-log.ts on SQLite's file,
// pg-update-log.ts on PostgreSQL (shared by a cluster's nodes). The tables are
// Prisma's (prisma/schema.prisma, prisma/postgres/schema.prisma, their
// migrations): CollabDocument, CollabUpdate (where PgUpdateLog commits),
// CollabUpdateJournal (where SqliteUpdateLog commits first; a document is read
// from both), and CollabAuthor.

import type { StoredDocument } from "@/server/db/stored-document";

export type { StoredDocument };

export interface AppendItem {
  docName: string;
  update: Uint8Array;
  /** The signed-in user whose connection sent the update; null for the server's own. */
  authorId: string | null;
  /** Yjs client ids this update is the first to write under, claimed by its
   * author (CollabAuthor); empty for most updates. */
  claims: readonly number[];
}

export interface UpdateLog {
  /** The stored document, or null if it was never stored. */
  load(name: string): Promise<StoredDocument | null>;
  /** Stores the first state of a document unless one exists already. */
  createIfMissing(name: string, snapshot: Uint8Array): Promise<void>;
  /** Appends every item in one transaction: all of them are durable when it
   * resolves, none of them when it rejects. */
  append(items: AppendItem[]): Promise<void>;
  /** Replaces the snapshot with `snapshot` and drops the log it covers; returns
   * the updates dropped. The caller guarantees that `snapshot` holds every
   * update stored so far. */
  compact(name: string, snapshot: Uint8Array): Promise<number>;
  /** Releases what the log holds open (a database connection). */
  close(): Promise<void>;
}
