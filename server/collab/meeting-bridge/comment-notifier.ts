// How comment changes reach open pages: each connection to the meeting's
// minutes that speaks Kateb's protocol (?ack=1) is told which thread changed —
// a viewer's only when the organizer lets viewers read the comments — or, with
// an empty thread id, that who may read them changed.
import * as encoding from "lib0/encoding";
import { MessageType, meetingDocName } from "@/lib/collab-protocol";
import type { Db } from "@/server/db/client";
import type { CommentEvents } from "@/server/domain/comments/comment-events";
import { Connection } from "../protocol/connection";
import type { CollabLogger, CollabServer } from "../server";

export function collabCommentEvents(collab: CollabServer, db: Db, logger: CollabLogger): CommentEvents {
  return {
    commentsChanged(meetingId, threadId) {
      const loaded = collab.registry.peek(meetingDocName(meetingId));
      if (!loaded) return;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MessageType.commentsChanged);
      encoding.writeVarString(encoder, threadId ?? "");
      const message = encoding.toUint8Array(encoder);
      void (async () => {
        const [shared, meeting] = await Promise.all([
          loaded,
          db.meeting.findUnique({ where: { id: meetingId }, select: { viewersSeeComments: true } }),
        ]);
        for (const peer of shared.peers) {
          if (!(peer instanceof Connection) || !peer.identity.wantsAck) continue;
          // Every page hears that who may read changed; a thread, only pages that may read it.
          if (threadId !== null && peer.identity.role === "viewer" && !meeting?.viewersSeeComments) continue;
          peer.send(message);
        }
      })().catch((error: unknown) => logger.error("telling pages of a comment failed", error));
    },
  };
}
