// Who may write under which Yjs client id of a document (CollabAuthor): the
// first signed-in user to write under an id claims it for good.
import * as Y from "yjs";

interface Speaker {
  readonly userId: string;
}

/** The client ids whose new content in `decoded` user `userId` is the first
 * to write (to be claimed for them as the update is stored), or null when
 * any of it is written under a client id someone else has claimed, the
 * server's own, or one the document already holds content of that nobody
 * claimed (the server's from an earlier load, the prepared minutes', or
 * written before authors were recorded), or one another person's
 * connection speaks for in presence (their editor's id, before they typed):
 * an update in another's name, refused whole. Content the document holds
 * already is not looked at (a resent update adds nothing). */
export function claimsFor(
  doc: Y.Doc,
  known: { authors: ReadonlyMap<number, string>; speakers: ReadonlyMap<number, Speaker> },
  decoded: { structs: ReadonlyArray<Y.Item | Y.GC | Y.Skip> },
  userId: string,
): number[] | null {
  const claims = new Set<number>();
  for (const struct of decoded.structs) {
    if (struct instanceof Y.Skip) continue;
    const { client, clock } = struct.id;
    if (clock + struct.length <= Y.getState(doc.store, client)) continue;
    if (client === doc.clientID) return null;
    const owner = known.authors.get(client);
    if (owner === undefined) {
      if (Y.getState(doc.store, client) > 0) return null;
      const speaker = known.speakers.get(client);
      if (speaker !== undefined && speaker.userId !== userId) return null;
      claims.add(client);
    } else if (owner !== userId) return null;
  }
  return [...claims];
}
