// The update log on the SQLite file Prisma uses, through prepared better-sqlite3
// statements on a connection of its own: a commit costs one prepared INSERT per
// update, not Prisma's query compiler (bench/append-cost.ts). Same file, WAL,
// same durability (synchronous FULL: a commit is on disk when it returns).
import Database from "better-sqlite3";
import type { AppendItem, StoredDocument, UpdateLog } from "./update-log";

/** How long a statement waits for another connection's write lock. */
const BUSY_WAIT_MS = 10_000;
const BUSY_POLL_MAX_MS = 20;

export class SqliteUpdateLog implements UpdateLog {
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
    db.pragma("synchronous = FULL");
    // Never wait inside SQLite: it would block the event loop, and a lock held by
    // a transaction of this very process (Prisma's) is only released when the
    // loop turns. run() waits for the lock without blocking.
    db.pragma("busy_timeout = 0");
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
    // IMMEDIATE: the write lock is taken at BEGIN, so a busy database fails before anything is written.
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

  load(name: string): Promise<StoredDocument | null> {
    return this.run(() => this.readDocument(name));
  }

  async createIfMissing(name: string, snapshot: Uint8Array): Promise<void> {
    const now = timestamp();
    await this.run(() => this.insertDocument.run(name, bytes(snapshot), now, now));
  }

  async append(items: AppendItem[]): Promise<void> {
    if (items.length === 0) return;
    await this.run(() => this.appendAll(items));
  }

  compact(name: string, snapshot: Uint8Array): Promise<number> {
    return this.run(() => this.replaceLog(name, snapshot));
  }

  async close(): Promise<void> {
    this.db.close();
    return Promise.resolve();
  }

  /** Runs `task` (one transaction); while another connection holds the write
   * lock, tries again after a short wait, for up to BUSY_WAIT_MS. */
  private async run<T>(task: () => T): Promise<T> {
    const deadline = Date.now() + BUSY_WAIT_MS;
    for (let wait = 1; ; wait = Math.min(wait * 2, BUSY_POLL_MAX_MS)) {
      try {
        return task();
      } catch (error) {
        if (!isBusy(error) || Date.now() >= deadline) throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

function isBusy(error: unknown): boolean {
  return error instanceof Database.SqliteError && (error.code === "SQLITE_BUSY" || error.code.startsWith("SQLITE_BUSY_"));
}

/** As Prisma writes a DateTime to SQLite (its adapter's default iso8601 format). */
function timestamp(): string {
  return new Date().toISOString().replace("Z", "+00:00");
}

/** A view of `data` that better-sqlite3 binds as a BLOB (it copies the bytes). */
function bytes(data: Uint8Array): Buffer {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}
