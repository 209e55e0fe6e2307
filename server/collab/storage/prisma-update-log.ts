// The update log through Prisma: works on any database Prisma speaks, at the
// cost of Prisma's query compiler on every statement (bench/append-cost.ts).
// The server runs on sqlite-update-log.ts; this one is the portable shape (a
// PostgreSQL deployment would start here) and an independent reader for tests.
import type { Db } from "@/server/db/client";
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
    return this.db.$transaction(async (tx) => {
      const last = await tx.collabUpdate.aggregate({ where: { docName: name }, _max: { id: true } });
      const lastJournal = await tx.collabUpdateJournal.aggregate({ where: { docName: name }, _max: { id: true } });
      const upTo = last._max.id;
      const journalUpTo = lastJournal._max.id;
      if (upTo === null && journalUpTo === null) return 0;
      await tx.collabDocument.update({ where: { name }, data: { snapshot: Uint8Array.from(snapshot) } });
      const removed = await tx.collabUpdate.deleteMany({ where: { docName: name, id: { lte: upTo ?? 0 } } });
      const removedJournal = await tx.collabUpdateJournal.deleteMany({ where: { docName: name, id: { lte: journalUpTo ?? 0 } } });
      return removed.count + removedJournal.count;
    });
  }

  /** The Prisma client belongs to whoever opened it. */
  async close(): Promise<void> {
    return Promise.resolve();
  }
}
