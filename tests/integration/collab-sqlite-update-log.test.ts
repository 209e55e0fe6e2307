// The update log the server runs on: prepared statements on the SQLite file
// Prisma uses, in a worker thread. What it writes, Prisma reads; a batch is
// stored whole or not at all; and another connection's write lock is waited
// for without blocking the process (a transaction of this very process could
// otherwise never finish).
import Database from "better-sqlite3";
import { performance } from "node:perf_hooks";
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SqliteUpdateLog } from "@/server/collab/storage/sqlite-update-log";
import { readStoredDocument } from "@/server/db/stored-document";
import { sqliteTestDbForFile } from "../fixtures/test-db-for-file";

const t = sqliteTestDbForFile();
let log: SqliteUpdateLog;

beforeAll(() => {
  log = new SqliteUpdateLog(t.file);
});
// Hooks stack: the log closes before the database is removed.
afterAll(async () => log.close());

let docs = 0;
const docName = (): string => `meeting:sqlite-log-${(docs += 1)}`;

/** `count` updates of one client, each typing one more letter. */
function edits(count: number): { updates: Uint8Array[]; text: string } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  for (let index = 0; index < count; index += 1) doc.getText("t").insert(index, String.fromCharCode(97 + (index % 26)));
  return { updates, text: doc.getText("t").toString() };
}

const textOf = (stored: { snapshot: Uint8Array; updates: Uint8Array[] }): string => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.mergeUpdates([stored.snapshot, ...stored.updates]));
  return doc.getText("t").toString();
};

describe("the SQLite update log", () => {
  it("stores what Prisma reads back the same, dates included", async () => {
    const name = docName();
    const { updates, text } = edits(5);
    const empty = Y.encodeStateAsUpdate(new Y.Doc());
    await log.createIfMissing(name, empty);
    await log.createIfMissing(name, Uint8Array.of(9, 9, 9)); // exists: left alone
    await log.append(updates.map((update) => ({ docName: name, update, authorId: null, claims: [] })));

    const viaPrisma = await readStoredDocument(t.db, name);
    expect(viaPrisma).not.toBeNull();
    expect(viaPrisma?.updates.map((update) => Buffer.from(update))).toEqual(updates.map((update) => Buffer.from(update)));
    expect(Buffer.from(viaPrisma?.snapshot ?? [])).toEqual(Buffer.from(empty));
    expect(textOf(await loadOrThrow(name))).toBe(text);

    const where = { where: { docName: name }, select: { createdAt: true } };
    // One read transaction: the log's worker may file the journal under the document between two reads.
    const [filed, journal] = await t.db.$transaction([t.db.collabUpdate.findMany(where), t.db.collabUpdateJournal.findMany(where)]);
    const rows = [...filed, ...journal];
    expect(rows).toHaveLength(updates.length);
    const document = await t.db.collabDocument.findUniqueOrThrow({ where: { name } });
    for (const date of [...rows.map((row) => row.createdAt), document.createdAt, document.updatedAt]) {
      expect(Math.abs(date.getTime() - Date.now())).toBeLessThan(60_000);
    }
  });

  it("stores a batch whole or not at all", async () => {
    const name = docName();
    await log.createIfMissing(name, Y.encodeStateAsUpdate(new Y.Doc()));
    const { updates } = edits(2);
    // The second item names no stored document: the foreign key refuses it, and the first is not kept either.
    await expect(
      log.append([
        { docName: name, update: updates[0] ?? new Uint8Array(), authorId: null, claims: [] },
        { docName: "meeting:never-stored", update: updates[1] ?? new Uint8Array(), authorId: null, claims: [] },
      ]),
    ).rejects.toThrow();
    expect((await loadOrThrow(name)).updates).toHaveLength(0);
  });

  it("waits for another connection's write lock without blocking the process, then appends", async () => {
    const name = docName();
    await log.createIfMissing(name, Y.encodeStateAsUpdate(new Y.Doc()));
    const { updates, text } = edits(3);
    const other = new Database(t.file);
    try {
      other.exec("BEGIN IMMEDIATE");
      const calledAt = performance.now();
      const appended = log.append(updates.map((update) => ({ docName: name, update, authorId: null, claims: [] })));
      // It returned at once, waiting: not inside SQLite, holding up the process
      // until a busy timeout (the bound is generous; a blocking wait takes seconds).
      expect(performance.now() - calledAt).toBeLessThan(1_000);
      let settled = false;
      void appended.finally(() => (settled = true));
      // The process runs on while the lock is held (a blocking wait would hang
      // here), and nothing of the batch is stored meanwhile.
      for (let turn = 0; turn < 10; turn += 1) await new Promise((resolve) => setImmediate(resolve));
      expect(settled).toBe(false);
      const count = other.prepare(`SELECT COUNT(*) FROM "CollabUpdateJournal" WHERE "docName" = ?`).pluck().get(name);
      expect(count).toBe(0);
      other.exec("COMMIT");
      await appended;
    } finally {
      if (other.inTransaction) other.exec("ROLLBACK");
      other.close();
    }
    expect(textOf(await loadOrThrow(name))).toBe(text);
  });

  it("compacts the log into the snapshot", async () => {
    const name = docName();
    await log.createIfMissing(name, Y.encodeStateAsUpdate(new Y.Doc()));
    const { updates, text } = edits(4);
    await log.append(updates.map((update) => ({ docName: name, update, authorId: null, claims: [] })));
    const whole = new Y.Doc();
    Y.applyUpdate(whole, Y.mergeUpdates(updates));
    expect(await log.compact(name, Y.encodeStateAsUpdate(whole))).toBe(4);
    const stored = await loadOrThrow(name);
    expect(stored.updates).toHaveLength(0);
    expect(textOf(stored)).toBe(text);
    expect(await log.compact(name, Y.encodeStateAsUpdate(whole))).toBe(0);
  });

  it("loads nothing for a document never stored", async () => {
    expect(await log.load("meeting:unknown")).toBeNull();
  });
});

async function loadOrThrow(name: string): Promise<{ snapshot: Uint8Array; updates: Uint8Array[] }> {
  const stored = await log.load(name);
  if (!stored) throw new Error(`nothing stored for ${name}`);
  return stored;
}
