// How comment changes reach open pages: each connection to the meeting's
// minutes that speaks Kateb's protocol (?ack=1) is told which thread changed.
import * as encoding from "lib0/encoding";
import { MessageType, meetingDocName } from "../../lib/collab-protocol";
import type { CommentEvents } from "../domain/comment-events";
import { Connection } from "./connection";
import type { CollabLogger, CollabServer } from "./server";

export function collabCommentEvents(collab: CollabServer, logger: CollabLogger): CommentEvents {
  return {
    commentsChanged(meetingId, threadId) {
      const loaded = collab.registry.peek(meetingDocName(meetingId));
      if (!loaded) return;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MessageType.commentsChanged);
      encoding.writeVarString(encoder, threadId ?? "");
      const message = encoding.toUint8Array(encoder);
      loaded
        .then((shared) => {
          for (const peer of shared.peers) {
            if (peer instanceof Connection && peer.identity.wantsAck) peer.send(message);
          }
        })
        .catch((error: unknown) => logger.error("telling pages of a comment failed", error));
    },
  };
}
