// Where documents live in the database: a compacted snapshot plus the log of
// updates accepted since. Appends are one statement per batch.
import type { Db } from "../db/client";

export interface StoredDocument {
  snapshot: Uint8Array;
  updates: Uint8Array[];
}

export interface AppendItem {
  docName: string;
  update: Uint8Array;
}

export class UpdateLog {
  constructor(private readonly db: Db) {}

  async load(name: string): Promise<StoredDocument | null> {
    const doc = await this.db.collabDocument.findUnique({ where: { name } });
    if (!doc) return null;
    const updates = await this.db.collabUpdate.findMany({
      where: { docName: name },
      orderBy: { id: "asc" },
      select: { data: true },
    });
    return { snapshot: doc.snapshot, updates: updates.map((row) => row.data) };
  }

  /** Stores the first state of a document unless one exists already. */
  async createIfMissing(name: string, snapshot: Uint8Array): Promise<void> {
    await this.db.collabDocument.upsert({
      where: { name },
      create: { name, snapshot: Uint8Array.from(snapshot) },
      update: {},
    });
  }

  async append(items: AppendItem[]): Promise<void> {
    if (items.length === 0) return;
    await this.db.collabUpdate.createMany({
      data: items.map((item) => ({ docName: item.docName, data: Uint8Array.from(item.update) })),
    });
  }

  /** Replaces the snapshot with `snapshot` and drops the log it covers. The
   * caller guarantees that `snapshot` holds every update stored so far. */
  async compact(name: string, snapshot: Uint8Array): Promise<number> {
    return this.db.$transaction(async (tx) => {
      const last = await tx.collabUpdate.aggregate({ where: { docName: name }, _max: { id: true } });
      const upTo = last._max.id;
      if (upTo === null) return 0;
      await tx.collabDocument.update({ where: { name }, data: { snapshot: Uint8Array.from(snapshot) } });
      const removed = await tx.collabUpdate.deleteMany({ where: { docName: name, id: { lte: upTo } } });
      return removed.count;
    });
  }
}
