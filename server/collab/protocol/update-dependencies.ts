// Whether the server's copy holds everything an update builds on. Yjs keeps an
// update whose dependencies are missing pending in memory until they arrive,
// which a hostile editor could grow without bound, and which would not be on
// disk; so the server never applies one (connection.ts decides what then).
import * as Y from "yjs";

type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

export function lacksDependencies(doc: Y.Doc, { structs, ds }: DecodedUpdate): boolean {
  // How far each client's clock reaches once the update's own structs are in.
  const reach = new Map<number, number>();
  const known = (client: number): number => reach.get(client) ?? Y.getState(doc.store, client);
  for (const struct of structs) {
    // A skip is a gap: the client's next struct starts beyond what is known.
    if (struct instanceof Y.Skip) continue;
    const from = known(struct.id.client);
    if (struct.id.clock > from) return true;
    reach.set(struct.id.client, Math.max(from, struct.id.clock + struct.length));
  }
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    const parent = struct.parent instanceof Y.ID ? struct.parent : null;
    for (const ref of [struct.origin, struct.rightOrigin, parent]) {
      if (ref === null) continue;
      // An item builds only on what existed before it: of its own client, an earlier clock.
      const limit = ref.client === struct.id.client ? struct.id.clock : known(ref.client);
      if (ref.clock >= limit) return true;
    }
  }
  for (const [client, deletions] of ds.clients) {
    const end = known(client);
    for (const deletion of deletions) if (deletion.clock + deletion.len > end) return true;
  }
  return false;
}
