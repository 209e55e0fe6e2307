// The update log's statements on one better-sqlite3 connection to the SQLite
// file Prisma uses (its tables: CollabDocument, CollabUpdate), prepared once.
// Synchronous: they run in the log's worker thread (sqlite-log-worker.ts), so
// that neither a commit's fsync nor a wait for another connection's lock ever
// holds up the server's event loop.
import Database from "better-sqlite3";
import type { AppendItem, StoredDocument } from "./update-log";

/** How long a statement waits for another connection's write lock (in the worker). */
const BUSY_TIMEOUT_MS = 10_000;

export class SqliteLogStatements {
  private readonly db: Database.Database;
  private readonly selectSnapshot: Database.Statement<[string], Buffer>;
  private readonly selectUpdates: Database.Statement<[string], Buffer>;
  private readonly insertDocument: Database.Statement<[string, Buffer, string, string]>;
  private readonly insertUpdate: Database.Statement<[string, Buffer, string]>;
  private readonly selectLastId: Database.Statement<[string], number | null>;
  private readonly updateSnapshot: Database.Statement<[Buffer, string, string]>;
  private readonly deleteUpTo: Database.Statement<[string, number]>;
  private readonly appendAll: (items: AppendItem[]) => void;
  private readonly readDocument: (name: string) => StoredDocument | null;
  private readonly replaceLog: (name: string, snapshot: Uint8Array) => number;

  constructor(file: string) {
    const db = new Database(file, { fileMustExist: true });
    this.db = db;
    db.pragma("journal_mode = WAL");
    // A commit is on disk when it returns: an update any peer has received is stored.
    db.pragma("synchronous = FULL");
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    this.selectSnapshot = db.prepare<[string], Buffer>(`SELECT "snapshot" FROM "CollabDocument" WHERE "name" = ?`).pluck();
    this.selectUpdates = db
      .prepare<[string], Buffer>(`SELECT "data" FROM "CollabUpdate" WHERE "docName" = ? ORDER BY "id"`)
      .pluck();
    this.insertDocument = db.prepare(
      `INSERT INTO "CollabDocument" ("name", "snapshot", "createdAt", "updatedAt") VALUES (?, ?, ?, ?) ON CONFLICT ("name") DO NOTHING`,
    );
    this.insertUpdate = db.prepare(`INSERT INTO "CollabUpdate" ("docName", "data", "createdAt") VALUES (?, ?, ?)`);
    this.selectLastId = db
      .prepare<[string], number | null>(`SELECT MAX("id") FROM "CollabUpdate" WHERE "docName" = ?`)
      .pluck();
    this.updateSnapshot = db.prepare(`UPDATE "CollabDocument" SET "snapshot" = ?, "updatedAt" = ? WHERE "name" = ?`);
    this.deleteUpTo = db.prepare(`DELETE FROM "CollabUpdate" WHERE "docName" = ? AND "id" <= ?`);

    const append = db.transaction((items: AppendItem[]) => {
      const now = timestamp();
      for (const item of items) this.insertUpdate.run(item.docName, bytes(item.update), now);
    });
    // IMMEDIATE: the write lock is taken at BEGIN, before anything is written.
    this.appendAll = (items) => append.immediate(items);
    // One read transaction: the snapshot and the log as of one moment.
    this.readDocument = db.transaction((name: string): StoredDocument | null => {
      const snapshot = this.selectSnapshot.get(name);
      if (snapshot === undefined) return null;
      return { snapshot, updates: this.selectUpdates.all(name) };
    });
    const compact = db.transaction((name: string, snapshot: Uint8Array): number => {
      const upTo = this.selectLastId.get(name);
      if (upTo === null || upTo === undefined) return 0;
      this.updateSnapshot.run(bytes(snapshot), timestamp(), name);
      return this.deleteUpTo.run(name, upTo).changes;
    });
    this.replaceLog = (name, snapshot) => compact.immediate(name, snapshot);
  }

  load(name: string): StoredDocument | null {
    return this.readDocument(name);
  }

  createIfMissing(name: string, snapshot: Uint8Array): void {
    const now = timestamp();
    this.insertDocument.run(name, bytes(snapshot), now, now);
  }

  append(items: AppendItem[]): void {
    if (items.length > 0) this.appendAll(items);
  }

  compact(name: string, snapshot: Uint8Array): number {
    return this.replaceLog(name, snapshot);
  }

  close(): void {
    this.db.close();
  }
}

/** As Prisma writes a DateTime to SQLite (its adapter's default iso8601 format). */
function timestamp(): string {
  return new Date().toISOString().replace("Z", "+00:00");
}

/** A view of `data` that better-sqlite3 binds as a BLOB (it copies the bytes). */
function bytes(data: Uint8Array): Buffer {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}
