// The update log's statements on one better-sqlite3 connection to the SQLite
// file Prisma uses (its tables: CollabDocument, CollabUpdate,
// CollabUpdateJournal, CollabAuthor), prepared once. Synchronous. sqlite-update-log.ts has
// two such connections: the event loop's, which never waits for a lock nor
// syncs (its caller syncs the WAL off the event loop), and the worker
// thread's (sqlite-log-worker.ts), which waits for locks and syncs as FULL.
//
// A commit appends to CollabUpdateJournal only: rows at the end of one table,
// a page or two per commit however many documents it holds. Filed under each
// document's index in CollabUpdate at once, a commit of updates to 100
// documents wrote about 100 index pages to the WAL.
// moveJournal() files the journal's rows into CollabUpdate in bulk; a document
// is read from both tables, so it reads the same before and after.
import Database from "better-sqlite3";
import type { AppendItem, StoredDocument } from "./update-log";

/** How long a statement waits for another connection's write lock (in the worker). */
const BUSY_TIMEOUT_MS = 10_000;

export interface StatementOptions {
  /** Whether a statement waits (up to BUSY_TIMEOUT_MS) for another
   * connection's write lock, or fails at once with SQLITE_BUSY. */
  waitForLock: boolean;
}

/** True if `error` is SQLite's "another connection holds the lock". */
export function isBusy(error: unknown): boolean {
  return error instanceof Error && "code" in error && typeof error.code === "string" && error.code.startsWith("SQLITE_BUSY");
}

export class SqliteLogStatements {
  private readonly db: Database.Database;
  private readonly selectSnapshot: Database.Statement<[string], Buffer>;
  private readonly selectUpdates: Database.Statement<[string], Buffer>;
  private readonly insertDocument: Database.Statement<[string, Buffer, string, string]>;
  private readonly insertUpdate: Database.Statement<[string, Buffer, string | null, string]>;
  private readonly insertAuthor: Database.Statement<[string, number, string, string]>;
  private readonly selectAuthors: Database.Statement<[string], { clientId: number; userId: string }>;
  private readonly selectJournal: Database.Statement<[string], Buffer>;
  private readonly fileJournal: Database.Statement<[]>;
  private readonly emptyJournal: Database.Statement<[]>;
  private readonly selectLastId: Database.Statement<[string], number | null>;
  private readonly updateSnapshot: Database.Statement<[Buffer, string, string]>;
  private readonly deleteUpTo: Database.Statement<[string, number]>;
  private readonly appendAll: (items: AppendItem[]) => void;
  private readonly readDocument: (name: string) => StoredDocument | null;
  private readonly replaceLog: (name: string, snapshot: Uint8Array) => number;
  private readonly moveAll: () => number;
  private readonly countJournal: Database.Statement<[], number>;

  constructor(file: string, { waitForLock }: StatementOptions) {
    const db = new Database(file, { fileMustExist: true });
    this.db = db;
    db.pragma("journal_mode = WAL");
    if (waitForLock) {
      // A commit is on disk when it returns: an update any peer has received is stored.
      db.pragma("synchronous = FULL");
      db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    } else {
      // The event loop's connection: a commit writes the WAL without syncing
      // it, and its caller syncs the WAL file off the event loop before anyone
      // hears of the commit (sqlite-update-log.ts); what FULL does, but in a
      // thread. It never waits for another connection's write lock (SQLITE_BUSY
      // at once), and never checkpoints (the waiting connection's commits do,
      // syncing the database file as FULL does before the WAL is reused).
      db.pragma("synchronous = NORMAL");
      db.pragma("busy_timeout = 0");
      db.pragma("wal_autocheckpoint = 0");
    }
    this.selectSnapshot = db.prepare<[string], Buffer>(`SELECT "snapshot" FROM "CollabDocument" WHERE "name" = ?`).pluck();
    this.selectUpdates = db
      .prepare<[string], Buffer>(`SELECT "data" FROM "CollabUpdate" WHERE "docName" = ? ORDER BY "id"`)
      .pluck();
    this.insertDocument = db.prepare(
      `INSERT INTO "CollabDocument" ("name", "snapshot", "createdAt", "updatedAt") VALUES (?, ?, ?, ?) ON CONFLICT ("name") DO NOTHING`,
    );
    this.insertUpdate = db.prepare(`INSERT INTO "CollabUpdateJournal" ("docName", "data", "authorId", "createdAt") VALUES (?, ?, ?, ?)`);
    this.insertAuthor = db.prepare(
      `INSERT INTO "CollabAuthor" ("docName", "clientId", "userId", "createdAt") VALUES (?, ?, ?, ?) ON CONFLICT ("docName", "clientId") DO NOTHING`,
    );
    this.selectAuthors = db.prepare<[string], { clientId: number; userId: string }>(
      `SELECT "clientId", "userId" FROM "CollabAuthor" WHERE "docName" = ?`,
    );
    this.selectJournal = db
      .prepare<[string], Buffer>(`SELECT "data" FROM "CollabUpdateJournal" WHERE "docName" = ? ORDER BY "id"`)
      .pluck();
    this.fileJournal = db.prepare(
      `INSERT INTO "CollabUpdate" ("docName", "data", "authorId", "createdAt") SELECT "docName", "data", "authorId", "createdAt" FROM "CollabUpdateJournal" ORDER BY "id"`,
    );
    this.emptyJournal = db.prepare(`DELETE FROM "CollabUpdateJournal"`);
    this.selectLastId = db
      .prepare<[string], number | null>(`SELECT MAX("id") FROM "CollabUpdate" WHERE "docName" = ?`)
      .pluck();
    this.updateSnapshot = db.prepare(`UPDATE "CollabDocument" SET "snapshot" = ?, "updatedAt" = ? WHERE "name" = ?`);
    this.deleteUpTo = db.prepare(`DELETE FROM "CollabUpdate" WHERE "docName" = ? AND "id" <= ?`);

    const append = db.transaction((items: AppendItem[]) => {
      const now = timestamp();
      for (const item of items) {
        this.insertUpdate.run(item.docName, bytes(item.update), item.authorId, now);
        if (item.authorId === null) continue;
        for (const clientId of item.claims) this.insertAuthor.run(item.docName, clientId, item.authorId, now);
      }
    });
    // IMMEDIATE: the write lock is taken at BEGIN, before anything is written.
    this.appendAll = (items) => append.immediate(items);
    // One read transaction: the snapshot and the log as of one moment; the
    // journal's rows were committed after every row of CollabUpdate.
    this.readDocument = db.transaction((name: string): StoredDocument | null => {
      const snapshot = this.selectSnapshot.get(name);
      if (snapshot === undefined) return null;
      const updates = this.selectUpdates.all(name).concat(this.selectJournal.all(name));
      const authors = this.selectAuthors.all(name).map((row): [number, string] => [Number(row.clientId), row.userId]);
      return { snapshot, updates, authors };
    });
    const move = db.transaction((): number => {
      this.fileJournal.run();
      return this.emptyJournal.run().changes;
    });
    this.moveAll = () => move.immediate();
    const compact = db.transaction((name: string, snapshot: Uint8Array): number => {
      this.fileJournal.run();
      this.emptyJournal.run();
      const upTo = this.selectLastId.get(name);
      if (upTo === null || upTo === undefined) return 0;
      this.updateSnapshot.run(bytes(snapshot), timestamp(), name);
      return this.deleteUpTo.run(name, upTo).changes;
    });
    this.replaceLog = (name, snapshot) => compact.immediate(name, snapshot);
    this.countJournal = db.prepare<[], number>(`SELECT COUNT(*) FROM "CollabUpdateJournal"`).pluck();
  }

  /** Rows waiting in the journal to be filed under their documents. */
  journalLength(): number {
    return this.countJournal.get() ?? 0;
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

  /** Files every journal row under its document in CollabUpdate, in one
   * transaction; returns how many were moved. */
  moveJournal(): number {
    return this.moveAll();
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
