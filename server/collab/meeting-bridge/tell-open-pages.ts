// Telling the open pages of a meeting something: each connection to the
// meeting's loaded minutes that speaks Kateb's protocol (?ack=1) and that
// `hears` lets through is sent `message`. Nobody has the minutes open: no page
// to tell, and nothing is loaded for it. Never throws: a failure is logged.
import { meetingDocName } from "@/lib/collab-protocol";
import { Connection } from "../protocol/connection";
import type { CollabLogger, CollabServer } from "../server";

export function tellOpenPages(options: {
  collab: CollabServer;
  logger: CollabLogger;
  meetingId: string;
  message: Uint8Array;
  /** What the log says when telling failed. */
  failure: string;
  /** Which connections hear it (read beside the loaded minutes); all by default. */
  hears?: () => Promise<(connection: Connection) => boolean>;
}): void {
  const loaded = options.collab.registry.peek(meetingDocName(options.meetingId));
  if (!loaded) return;
  void (async () => {
    const [shared, hears] = await Promise.all([loaded, options.hears?.() ?? (() => true)]);
    for (const peer of shared.peers) {
      if (peer instanceof Connection && peer.identity.wantsAck && hears(peer)) peer.send(options.message);
    }
  })().catch((error: unknown) => options.logger.error(options.failure, error));
}
