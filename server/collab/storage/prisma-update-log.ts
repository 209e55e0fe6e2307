// The update log through Prisma: works on any database Prisma speaks, at the
// cost of Prisma's query compiler on every statement (bench/append-cost.ts).
// On SQLite the server runs on sqlite-update-log.ts and this is an independent
// reader for tests; on PostgreSQL it is the log, shared by every node of a
// cluster: a compaction keeps what any node appended (it merges the stored
// rows it drops into the snapshot) and runs on one node at a time per
// document (an advisory lock).
import * as Y from "yjs";
import { engineOf, type Db } from "@/server/db/client";
import { readStoredDocument } from "@/server/db/stored-document";
import type { AppendItem, StoredDocument, UpdateLog } from "./update-log";

export class PrismaUpdateLog implements UpdateLog {
  constructor(private readonly db: Db) {}

  load(name: string): Promise<StoredDocument | null> {
    return readStoredDocument(this.db, name);
  }

  async createIfMissing(name: string, snapshot: Uint8Array): Promise<void> {
    await this.db.collabDocument.upsert({
      where: { name },
      create: { name, snapshot: Uint8Array.from(snapshot) },
      update: {},
    });
  }

  async append(items: AppendItem[]): Promise<void> {
    if (items.length === 0) return;
    const claims = items.flatMap((item) =>
      item.authorId === null ? [] : item.claims.map((clientId) => ({ docName: item.docName, clientId: BigInt(clientId), userId: item.authorId ?? "" })),
    );
    const updates = this.db.collabUpdate.createMany({
      data: items.map((item) => ({ docName: item.docName, data: Uint8Array.from(item.update), authorId: item.authorId })),
    });
    if (claims.length === 0) await updates;
    else await this.db.$transaction([updates, this.db.collabAuthor.createMany({ data: claims })]);
  }

  async compact(name: string, snapshot: Uint8Array): Promise<number> {
    const postgres = engineOf(this.db) === "postgres";
    return this.db.$transaction(async (tx) => {
      if (postgres) await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${`kateb:compact:${name}`}))::text AS "locked"`;
      const stored = await tx.collabUpdate.findMany({ where: { docName: name }, orderBy: { id: "asc" }, select: { id: true, data: true } });
      const journal = await tx.collabUpdateJournal.findMany({ where: { docName: name }, orderBy: { id: "asc" }, select: { id: true, data: true } });
      if (stored.length === 0 && journal.length === 0) return 0;
      const document = await tx.collabDocument.findUniqueOrThrow({ where: { name }, select: { snapshot: true } });
      // Another node's updates this node has not received yet are kept too.
      const kept = Uint8Array.from(mergeIntoSnapshot(snapshot, [document.snapshot, ...stored.map((row) => row.data), ...journal.map((row) => row.data)]));
      await tx.collabDocument.update({ where: { name }, data: { snapshot: kept } });
      // The rows read, by id: a row another node commits meanwhile may have a lower id than the last read.
      const removed = await tx.collabUpdate.deleteMany({ where: { id: { in: stored.map((row) => row.id) } } });
      const removedJournal = await tx.collabUpdateJournal.deleteMany({ where: { id: { in: journal.map((row) => row.id) } } });
      return removed.count + removedJournal.count;
    });
  }

  /** The Prisma client belongs to whoever opened it. */
  async close(): Promise<void> {
    return Promise.resolve();
  }
}

/** `snapshot` with whatever of `updates` it lacks. Applied to a document, not
 * Y.mergeUpdates: merging grows with the square of the updates' count (20,000
 * keystrokes took 11 s, past Prisma's 5 s for a transaction, so a long log was
 * never compacted), while what `snapshot` already holds is skipped when applied. */
function mergeIntoSnapshot(snapshot: Uint8Array, updates: Uint8Array[]): Uint8Array {
  const doc = new Y.Doc();
  try {
    doc.transact(() => {
      Y.applyUpdate(doc, snapshot);
      for (const update of updates) Y.applyUpdate(doc, update);
    });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
