// The update log commits to a journal table first (CollabUpdateJournal: rows at
// the end of one table, whatever documents a commit holds) and files the rows
// under their documents (CollabUpdate) in bulk later. A document reads the
// same from either table, before and after the move; what a stopped process
// left in the journal is filed by the next one; a compaction takes the
// journal's rows of its document with it, and files the others'.
import Database from "better-sqlite3";
import * as Y from "yjs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { SqliteUpdateLog } from "@/server/collab/storage/sqlite-update-log";
import { eventually } from "../helpers/eventually";
import { createSqliteTestDb, type SqliteTestDb } from "../helpers/test-db";

let t: SqliteTestDb;
let reader: Database.Database;
const logs: SqliteUpdateLog[] = [];

beforeAll(() => {
  t = createSqliteTestDb();
  reader = new Database(t.file, { readonly: true });
});
afterEach(async () => {
  for (const log of logs.splice(0)) await log.close();
});
afterAll(async () => {
  reader.close();
  await t.cleanup();
});

function openLog(): SqliteUpdateLog {
  const log = new SqliteUpdateLog(t.file);
  logs.push(log);
  return log;
}

let docs = 0;
const docName = (): string => `meeting:journal-${(docs += 1)}`;

/** `count` updates of one client, each typing one more letter. */
function edits(count: number, letter: string): { updates: Uint8Array[]; text: string } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  for (let index = 0; index < count; index += 1) doc.getText("t").insert(index, letter);
  return { updates, text: doc.getText("t").toString() };
}

const rows = (table: "CollabUpdate" | "CollabUpdateJournal", name: string): Buffer[] =>
  reader.prepare<[string], Buffer>(`SELECT "data" FROM "${table}" WHERE "docName" = ? ORDER BY "id"`).pluck().all(name);

async function textOf(log: SqliteUpdateLog, name: string): Promise<string> {
  const stored = await log.load(name);
  if (!stored) throw new Error(`nothing stored for ${name}`);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.mergeUpdates([stored.snapshot, ...stored.updates]));
  return doc.getText("t").toString();
}

const empty = (): Uint8Array => Y.encodeStateAsUpdate(new Y.Doc());
const asBuffers = (updates: Uint8Array[]): Buffer[] => updates.map((update) => Buffer.from(update));

describe("the update log's journal", () => {
  it("holds a commit at once, and is filed under each document in order, which reads the same", async () => {
    const log = openLog();
    const [first, second] = [docName(), docName()];
    await log.createIfMissing(first, empty());
    await log.createIfMissing(second, empty());
    const a = edits(3, "a");
    const b = edits(2, "b");
    await log.append([
      { docName: first, update: a.updates[0] ?? new Uint8Array(), authorId: null, claims: [] },
      { docName: second, update: b.updates[0] ?? new Uint8Array(), authorId: null, claims: [] },
      { docName: first, update: a.updates[1] ?? new Uint8Array(), authorId: null, claims: [] },
    ]);
    await log.append([
      { docName: second, update: b.updates[1] ?? new Uint8Array(), authorId: null, claims: [] },
      { docName: first, update: a.updates[2] ?? new Uint8Array(), authorId: null, claims: [] },
    ]);
    // Committed: in the journal, and nowhere else yet.
    expect(rows("CollabUpdateJournal", first)).toEqual(asBuffers(a.updates));
    expect(rows("CollabUpdateJournal", second)).toEqual(asBuffers(b.updates));
    expect(rows("CollabUpdate", first)).toHaveLength(0);
    expect(await textOf(log, first)).toBe(a.text);
    expect(await textOf(log, second)).toBe(b.text);

    // Filed soon after, each document's rows in the order they were committed.
    await eventually(() => expect(rows("CollabUpdateJournal", first)).toHaveLength(0));
    expect(rows("CollabUpdateJournal", second)).toHaveLength(0);
    expect(rows("CollabUpdate", first)).toEqual(asBuffers(a.updates));
    expect(rows("CollabUpdate", second)).toEqual(asBuffers(b.updates));
    expect(await textOf(log, first)).toBe(a.text);
    expect(await textOf(log, second)).toBe(b.text);
  });

  it("files what a stopped process left in it when the next one starts", async () => {
    const name = docName();
    const { updates, text } = edits(3, "c");
    const writer = new Database(t.file);
    try {
      const now = new Date().toISOString();
      writer.prepare(`INSERT INTO "CollabDocument" ("name", "snapshot", "createdAt", "updatedAt") VALUES (?, ?, ?, ?)`).run(name, Buffer.from(empty()), now, now);
      const insert = writer.prepare(`INSERT INTO "CollabUpdateJournal" ("docName", "data", "createdAt") VALUES (?, ?, ?)`);
      for (const update of updates) insert.run(name, Buffer.from(update), now);
    } finally {
      writer.close();
    }
    const log = openLog();
    expect(await textOf(log, name)).toBe(text);
    await eventually(() => expect(rows("CollabUpdate", name)).toEqual(asBuffers(updates)));
    expect(rows("CollabUpdateJournal", name)).toHaveLength(0);
    expect(await textOf(log, name)).toBe(text);
  });

  it("is filed whole by a compaction: its document's rows dropped into the snapshot, the others' kept", async () => {
    const log = openLog();
    const [compacted, other] = [docName(), docName()];
    await log.createIfMissing(compacted, empty());
    await log.createIfMissing(other, empty());
    const a = edits(2, "d");
    const b = edits(2, "e");
    await log.append([...a.updates.map((update) => ({ docName: compacted, update, authorId: null, claims: [] })), ...b.updates.map((update) => ({ docName: other, update, authorId: null, claims: [] }))]);
    expect(rows("CollabUpdateJournal", compacted)).toHaveLength(2);

    const whole = new Y.Doc();
    Y.applyUpdate(whole, Y.mergeUpdates(a.updates));
    expect(await log.compact(compacted, Y.encodeStateAsUpdate(whole))).toBe(2);
    expect(rows("CollabUpdateJournal", compacted)).toHaveLength(0);
    expect(rows("CollabUpdate", compacted)).toHaveLength(0);
    expect(await textOf(log, compacted)).toBe(a.text);
    expect(rows("CollabUpdateJournal", other)).toHaveLength(0);
    expect(rows("CollabUpdate", other)).toEqual(asBuffers(b.updates));
    expect(await textOf(log, other)).toBe(b.text);
  });
});
