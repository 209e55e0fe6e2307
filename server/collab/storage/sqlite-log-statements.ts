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

/** Opens the connection: the worker's waits for locks and syncs as FULL; the
 * event loop's never waits and leaves the sync to its caller. */
function openConnection(file: string, { waitForLock }: StatementOptions): Database.Database {
  const db = new Database(file, { fileMustExist: true });
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
  return db;
}

/** Every statement of the log, prepared once on the connection. */
function prepareStatements(db: Database.Database) {
  return {
    // A document as stored: its snapshot, its filed updates, its authors; created once.
    selectSnapshot: db.prepare<[string], Buffer>(`SELECT "snapshot" FROM "CollabDocument" WHERE "name" = ?`).pluck(),
    selectUpdates: db.prepare<[string], Buffer>(`SELECT "data" FROM "CollabUpdate" WHERE "docName" = ? ORDER BY "id"`).pluck(),
    selectAuthors: db.prepare<[string], { clientId: number; userId: string }>(`SELECT "clientId", "userId" FROM "CollabAuthor" WHERE "docName" = ?`),
    insertDocument: db.prepare<[string, Buffer, string, string]>(
      `INSERT INTO "CollabDocument" ("name", "snapshot", "createdAt", "updatedAt") VALUES (?, ?, ?, ?) ON CONFLICT ("name") DO NOTHING`,
    ),
    // A commit: its updates to the journal, and who wrote them.
    insertUpdate: db.prepare<[string, Buffer, string | null, string]>(
      `INSERT INTO "CollabUpdateJournal" ("docName", "data", "authorId", "createdAt") VALUES (?, ?, ?, ?)`,
    ),
    insertAuthor: db.prepare<[string, number, string, string]>(
      `INSERT INTO "CollabAuthor" ("docName", "clientId", "userId", "createdAt") VALUES (?, ?, ?, ?) ON CONFLICT ("docName", "clientId") DO NOTHING`,
    ),
    // The journal: read with a document, filed in bulk, counted.
    selectJournal: db.prepare<[string], Buffer>(`SELECT "data" FROM "CollabUpdateJournal" WHERE "docName" = ? ORDER BY "id"`).pluck(),
    fileJournal: db.prepare<[]>(
      `INSERT INTO "CollabUpdate" ("docName", "data", "authorId", "createdAt") SELECT "docName", "data", "authorId", "createdAt" FROM "CollabUpdateJournal" ORDER BY "id"`,
    ),
    emptyJournal: db.prepare<[]>(`DELETE FROM "CollabUpdateJournal"`),
    countJournal: db.prepare<[], number>(`SELECT COUNT(*) FROM "CollabUpdateJournal"`).pluck(),
    // Compaction: a new snapshot replaces the updates it holds.
    selectLastId: db.prepare<[string], number | null>(`SELECT MAX("id") FROM "CollabUpdate" WHERE "docName" = ?`).pluck(),
    updateSnapshot: db.prepare<[Buffer, string, string]>(`UPDATE "CollabDocument" SET "snapshot" = ?, "updatedAt" = ? WHERE "name" = ?`),
    deleteUpTo: db.prepare<[string, number]>(`DELETE FROM "CollabUpdate" WHERE "docName" = ? AND "id" <= ?`),
  };
}

type Statements = ReturnType<typeof prepareStatements>;

/** The log's transactions; the writing ones IMMEDIATE: the write lock is taken
 * at BEGIN, before anything is written. */
function prepareTransactions(db: Database.Database, sql: Statements) {
  const append = db.transaction((items: AppendItem[]) => {
    const now = timestamp();
    for (const item of items) {
      sql.insertUpdate.run(item.docName, bytes(item.update), item.authorId, now);
      if (item.authorId === null) continue;
      for (const clientId of item.claims) sql.insertAuthor.run(item.docName, clientId, item.authorId, now);
    }
  });
  // One read transaction: the snapshot and the log as of one moment; the
  // journal's rows were committed after every row of CollabUpdate.
  const read = db.transaction((name: string): StoredDocument | null => {
    const snapshot = sql.selectSnapshot.get(name);
    if (snapshot === undefined) return null;
    const updates = sql.selectUpdates.all(name).concat(sql.selectJournal.all(name));
    const authors = sql.selectAuthors.all(name).map((row): [number, string] => [Number(row.clientId), row.userId]);
    return { snapshot, updates, authors };
  });
  const move = db.transaction((): number => {
    sql.fileJournal.run();
    return sql.emptyJournal.run().changes;
  });
  const compact = db.transaction((name: string, snapshot: Uint8Array): number => {
    sql.fileJournal.run();
    sql.emptyJournal.run();
    const upTo = sql.selectLastId.get(name);
    if (upTo === null || upTo === undefined) return 0;
    sql.updateSnapshot.run(bytes(snapshot), timestamp(), name);
    return sql.deleteUpTo.run(name, upTo).changes;
  });
  return {
    appendAll: (items: AppendItem[]): void => append.immediate(items),
    readDocument: (name: string): StoredDocument | null => read(name),
    moveAll: (): number => move.immediate(),
    replaceLog: (name: string, snapshot: Uint8Array): number => compact.immediate(name, snapshot),
  };
}

export class SqliteLogStatements {
  private readonly db: Database.Database;
  private readonly sql: Statements;
  private readonly transactions: ReturnType<typeof prepareTransactions>;

  constructor(file: string, options: StatementOptions) {
    this.db = openConnection(file, options);
    this.sql = prepareStatements(this.db);
    this.transactions = prepareTransactions(this.db, this.sql);
  }

  /** Rows waiting in the journal to be filed under their documents. */
  journalLength(): number {
    return this.sql.countJournal.get() ?? 0;
  }

  load(name: string): StoredDocument | null {
    return this.transactions.readDocument(name);
  }

  createIfMissing(name: string, snapshot: Uint8Array): void {
    const now = timestamp();
    this.sql.insertDocument.run(name, bytes(snapshot), now, now);
  }

  append(items: AppendItem[]): void {
    if (items.length > 0) this.transactions.appendAll(items);
  }

  /** Files every journal row under its document in CollabUpdate, in one
   * transaction; returns how many were moved. */
  moveJournal(): number {
    return this.transactions.moveAll();
  }

  compact(name: string, snapshot: Uint8Array): number {
    return this.transactions.replaceLog(name, snapshot);
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
