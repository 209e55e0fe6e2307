// Looks at a document from the server's side: its in-memory state, and what is
// stored for it in the database.
import * as Y from "yjs";
import type { CollabServer } from "@/server/collab/server";
import type { Db } from "@/server/db/client";
import { readStoredDocument } from "@/server/db/stored-document";

/** Runs `read` on the server's loaded copy of `docName` (loading it if needed). */
export async function withServerDoc<T>(collab: CollabServer, docName: string, read: (doc: Y.Doc) => T): Promise<T> {
  const shared = await collab.registry.acquire(docName);
  try {
    return read(shared.doc);
  } finally {
    collab.registry.release(shared);
  }
}

export function serverStateVector(collab: CollabServer, docName: string): Promise<Uint8Array> {
  return withServerDoc(collab, docName, (doc) => Y.encodeStateVector(doc));
}

/** Updates stored in the log of `docName`: filed under it, or still in the journal. */
export async function storedUpdateCount(db: Db, docName: string): Promise<number> {
  const [filed, journal] = await db.$transaction([
    db.collabUpdate.count({ where: { docName } }),
    db.collabUpdateJournal.count({ where: { docName } }),
  ]);
  return filed + journal;
}

/** The document as a fresh load from the database would see it: snapshot plus log. */
export async function storedDoc(db: Db, docName: string): Promise<Y.Doc> {
  const stored = await readStoredDocument(db, docName);
  if (!stored) throw new Error(`nothing stored for ${docName}`);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.mergeUpdates([stored.snapshot, ...stored.updates]));
  return doc;
}

/** The client ids that wrote anything in the stored log of `docName`. */
export async function storedWriters(db: Db, docName: string): Promise<Set<number>> {
  const stored = await readStoredDocument(db, docName);
  const clients = new Set<number>();
  for (const data of stored?.updates ?? []) {
    const { structs, ds } = Y.decodeUpdate(data);
    for (const struct of structs) clients.add(struct.id.client);
    for (const client of ds.clients.keys()) clients.add(client);
  }
  return clients;
}

/** The presence states the server holds for `docName`, by awareness client id (loading it if needed). */
export async function serverPresence(collab: CollabServer, docName: string): Promise<Map<number, Record<string, unknown>>> {
  const shared = await collab.registry.acquire(docName);
  try {
    return new Map(shared.awareness.getStates());
  } finally {
    collab.registry.release(shared);
  }
}

/** The awareness client ids the server holds presence for in `docName`, in order. */
export async function serverPresenceIds(collab: CollabServer, docName: string): Promise<number[]> {
  return [...(await serverPresence(collab, docName)).keys()].sort((a, b) => a - b);
}
