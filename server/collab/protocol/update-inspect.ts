// Decides, without applying it, whether an update would change a document:
// how read-only connections are told apart from ones that only sync.
import * as Y from "yjs";

export function updateChangesDoc(doc: Y.Doc, update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue;
    if (struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client)) return true;
  }
  if (ds.clients.size === 0) return false;
  const known = Y.createDeleteSetFromStructStore(doc.store);
  for (const [client, ranges] of ds.clients) {
    const deleted = known.clients.get(client) ?? [];
    for (const range of ranges) {
      const covered = deleted.some(
        (d) => d.clock <= range.clock && range.clock + range.len <= d.clock + d.len,
      );
      if (!covered) return true;
    }
  }
  return false;
}
