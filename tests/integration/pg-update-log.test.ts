// The update log on PostgreSQL: prepared statements on a pg pool of its own.
// What it writes, Prisma's reader reads back as typed, with who wrote it and
// the dates Prisma would have written; a commit is stored whole or not at all,
// and one the database did not take (a constraint, a lost connection) is
// refused, never taken for stored; a compaction keeps what another node wrote.
import { randomBytes } from "node:crypto";
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { PgUpdateLog } from "@/server/collab/storage/pg-update-log";
import type { AppendItem } from "@/server/collab/storage/update-log";
import { readStoredDocument, storedState, type StoredDocument } from "@/server/db/stored-document";
import { storedUpdateCount } from "../helpers/collab-inspect";
import { createUser } from "../helpers/factories";
import { startTcpProxy } from "../helpers/tcp-proxy";
import { createPostgresTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let log: PgUpdateLog;

beforeAll(async () => {
  testDb = await createPostgresTestDb();
  log = new PgUpdateLog(testDb.url);
});
afterAll(async () => {
  await log.close();
  await testDb.cleanup();
});

const EMPTY = Y.encodeStateAsUpdate(new Y.Doc());

async function newDocument(): Promise<string> {
  const name = `meeting:${randomBytes(6).toString("hex")}`;
  await log.createIfMissing(name, EMPTY);
  return name;
}

/** A typist's keystrokes, one update each, and the text they make. */
function keystrokes(words: string): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  for (const letter of words) doc.getText("t").insert(doc.getText("t").length, letter);
  return { doc, updates };
}

/** A stored document in one form whoever read it: bytes as Buffers, authors by client id. */
function comparable(stored: StoredDocument | null): StoredDocument | null {
  if (!stored) return null;
  return {
    snapshot: Buffer.from(stored.snapshot),
    updates: stored.updates.map((update) => Buffer.from(update)),
    authors: [...stored.authors].sort(([a], [b]) => a - b),
  };
}

async function storedText(name: string): Promise<string> {
  const stored = await readStoredDocument(testDb.db, name);
  if (!stored) throw new Error(`nothing stored for ${name}`);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, storedState(stored));
  return doc.getText("t").toString();
}

describe("the PostgreSQL update log", () => {
  it("stores what Prisma's reader reads back as typed, in commit order, with UTC dates whatever the session's time zone", async () => {
    // A session far from UTC: a date left to the column's default would be 14 hours off.
    const url = new URL(testDb.url);
    url.searchParams.set("options", "-c TimeZone=Pacific/Kiritimati");
    const farLog = new PgUpdateLog(url.toString());
    onTestFinished(() => farLog.close());
    const name = `meeting:${randomBytes(6).toString("hex")}`;
    await farLog.createIfMissing(name, EMPTY);
    await farLog.createIfMissing(name, Uint8Array.of(9, 9, 9)); // exists: left alone
    const { updates } = keystrokes("صورت‌جلسهٔ نشست");
    const author = await createUser(testDb.db);
    await farLog.append(updates.slice(0, 5).map((update) => ({ docName: name, update, authorId: author.id, claims: [] })));
    await farLog.append(updates.slice(5).map((update) => ({ docName: name, update, authorId: null, claims: [] })));

    const stored = await readStoredDocument(testDb.db, name);
    expect(Buffer.from(stored?.snapshot ?? [])).toEqual(Buffer.from(EMPTY));
    expect(stored?.updates.map((update) => Buffer.from(update))).toEqual(updates.map((update) => Buffer.from(update)));
    expect(await storedText(name)).toBe("صورت‌جلسهٔ نشست");
    const rows = await testDb.db.collabUpdate.findMany({ where: { docName: name }, orderBy: { id: "asc" } });
    expect(rows.map((row) => row.authorId)).toEqual(updates.map((_, index) => (index < 5 ? author.id : null)));
    const document = await testDb.db.collabDocument.findUniqueOrThrow({ where: { name } });
    for (const date of [...rows.map((row) => row.createdAt), document.createdAt, document.updatedAt]) {
      expect(Math.abs(date.getTime() - Date.now())).toBeLessThan(60_000);
    }
  });

  it("stores each author's claims with the updates, and keeps a claim stored before when it comes again", async () => {
    const name = await newDocument();
    const [first, second] = [await createUser(testDb.db), await createUser(testDb.db)];
    const one = keystrokes("یک");
    const two = keystrokes("دو");
    await log.append([
      { docName: name, update: one.updates[0] ?? EMPTY, authorId: first.id, claims: [one.doc.clientID] },
      { docName: name, update: two.updates[0] ?? EMPTY, authorId: second.id, claims: [two.doc.clientID, 2 ** 32 - 1] },
    ]);
    // A commit tried again after its answer was lost carries the same claim: it stands, as first stored.
    await log.append([{ docName: name, update: one.updates[0] ?? EMPTY, authorId: second.id, claims: [one.doc.clientID] }]);

    const expected = comparable({
      snapshot: EMPTY,
      updates: [one.updates[0] ?? EMPTY, two.updates[0] ?? EMPTY, one.updates[0] ?? EMPTY],
      authors: [
        [one.doc.clientID, first.id],
        [two.doc.clientID, second.id],
        [2 ** 32 - 1, second.id],
      ],
    });
    expect(comparable(await readStoredDocument(testDb.db, name))).toEqual(expected);
    // The log's own load reads the same.
    expect(comparable(await log.load(name))).toEqual(expected);
  });

  it("stores nothing of a commit the database refuses part of", async () => {
    const name = await newDocument();
    const author = await createUser(testDb.db);
    const { doc, updates } = keystrokes("ab");
    const commit: AppendItem[] = [
      { docName: name, update: updates[0] ?? EMPTY, authorId: author.id, claims: [doc.clientID] },
      { docName: "meeting:never-stored", update: updates[1] ?? EMPTY, authorId: null, claims: [] },
    ];
    await expect(log.append(commit)).rejects.toThrow(/foreign key/);
    expect(await storedUpdateCount(testDb.db, name)).toBe(0);
    expect((await readStoredDocument(testDb.db, name))?.authors).toEqual([]);
  });

  it("refuses a commit while the database cannot be reached, and takes the next once it can", async () => {
    const target = new URL(testDb.url);
    const proxy = await startTcpProxy(target.hostname, Number(target.port || "5432"));
    onTestFinished(() => proxy.close());
    const throughProxy = new URL(testDb.url);
    throughProxy.host = `127.0.0.1:${proxy.port}`;
    const cutLog = new PgUpdateLog(throughProxy.toString());
    onTestFinished(() => cutLog.close());
    const name = `meeting:${randomBytes(6).toString("hex")}`;
    await cutLog.createIfMissing(name, EMPTY);
    const { updates } = keystrokes("abc");
    await cutLog.append([{ docName: name, update: updates[0] ?? EMPTY, authorId: null, claims: [] }]);

    await proxy.cut();
    await expect(cutLog.append([{ docName: name, update: updates[1] ?? EMPTY, authorId: null, claims: [] }])).rejects.toThrow();
    await expect(cutLog.load(name)).rejects.toThrow();
    expect(await storedUpdateCount(testDb.db, name)).toBe(1);

    await proxy.restore();
    await cutLog.append(updates.slice(1).map((update) => ({ docName: name, update, authorId: null, claims: [] })));
    expect(await storedText(name)).toBe("abc");
  });

  it("compacts into the snapshot what another node stored and this one has not seen, keeping the claims", async () => {
    const name = await newDocument();
    const otherNode = new PgUpdateLog(testDb.url);
    onTestFinished(() => otherNode.close());
    const author = await createUser(testDb.db);
    const here = keystrokes("اینجا؛");
    const there = keystrokes("آنجا؛");
    await log.append(here.updates.map((update) => ({ docName: name, update, authorId: null, claims: [] })));
    await otherNode.append(there.updates.map((update, index) => ({ docName: name, update, authorId: author.id, claims: index === 0 ? [there.doc.clientID] : [] })));
    // A row of the journal (SQLite's log commits there first; a document is read from both).
    const late = keystrokes("!");
    await testDb.db.collabUpdateJournal.create({ data: { docName: name, data: Uint8Array.from(late.updates[0] ?? EMPTY) } });

    const removed = await log.compact(name, Y.encodeStateAsUpdate(here.doc));
    expect(removed).toBe(here.updates.length + there.updates.length + 1);
    expect(await storedUpdateCount(testDb.db, name)).toBe(0);
    const text = await storedText(name);
    for (const part of ["اینجا؛", "آنجا؛", "!"]) expect(text).toContain(part);
    expect((await readStoredDocument(testDb.db, name))?.authors).toEqual([[there.doc.clientID, author.id]]);
    expect(await log.compact(name, Y.encodeStateAsUpdate(here.doc))).toBe(0);
  });
});
