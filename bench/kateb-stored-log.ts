// What Kateb has stored for one document, read straight from its SQLite file
// (with the server stopped): the snapshot's size and the log rows left.
import Database from "better-sqlite3";
import path from "node:path";

export interface StoredLog {
  snapshotBytes: number;
  /** Rows of "CollabUpdate" for the document: the log left after compaction. */
  updateRows: number;
  /** Rows of "CollabUpdateJournal" for the document; null where the table does not exist. */
  journalRows: number | null;
}

export function readKatebStoredLog(dataDir: string, docName: string): StoredLog {
  const db = new Database(path.join(dataDir, "kateb.db"), { readonly: true, fileMustExist: true });
  try {
    const snapshotBytes = db
      .prepare<[string], number>(`SELECT length("snapshot") FROM "CollabDocument" WHERE "name" = ?`)
      .pluck()
      .get(docName);
    if (snapshotBytes === undefined) throw new Error(`nothing stored for ${docName}`);
    const rows = (table: string): number =>
      db.prepare<[string], number>(`SELECT COUNT(*) FROM "${table}" WHERE "docName" = ?`).pluck().get(docName) ?? 0;
    const hasJournal =
      db.prepare<[], number>(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'CollabUpdateJournal'`).pluck().get() !== undefined;
    return { snapshotBytes, updateRows: rows("CollabUpdate"), journalRows: hasJournal ? rows("CollabUpdateJournal") : null };
  } finally {
    db.close();
  }
}
