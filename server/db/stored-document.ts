// A collaborative document as stored: its compacted snapshot, then the updates
// accepted since, filed under it (CollabUpdate) or still in the journal
// (CollabUpdateJournal, where the server's update log commits first and from
// which it files them in bulk). Read in one transaction, so that a row being
// moved from the journal, or a compaction, is seen wholly before or after.
import * as Y from "yjs";
import type { Tx } from "../domain/transaction";
import type { Db } from "./client";

export interface StoredDocument {
  snapshot: Uint8Array;
  updates: Uint8Array[];
}

const inOrder = { orderBy: { id: "asc" as const }, select: { data: true } };

/** Read in a transaction of its own, or in the caller's. */
export function readStoredDocument(db: Db | Tx, name: string): Promise<StoredDocument | null> {
  return "$transaction" in db ? db.$transaction((tx) => readAll(tx, name)) : readAll(db, name);
}

async function readAll(tx: Tx, name: string): Promise<StoredDocument | null> {
  const document = await tx.collabDocument.findUnique({ where: { name }, select: { snapshot: true } });
  if (!document) return null;
  const filed = await tx.collabUpdate.findMany({ where: { docName: name }, ...inOrder });
  const journal = await tx.collabUpdateJournal.findMany({ where: { docName: name }, ...inOrder });
  // The journal's rows were committed after every row filed under the document.
  return { snapshot: document.snapshot, updates: filed.concat(journal).map((row) => row.data) };
}

/** The whole stored state as one Yjs update. */
export function storedState(stored: StoredDocument): Uint8Array {
  return Y.mergeUpdates([stored.snapshot, ...stored.updates]);
}
