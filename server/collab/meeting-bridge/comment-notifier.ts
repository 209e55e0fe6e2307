// How comment changes reach open pages: each page of the meeting's minutes is
// told which thread changed — a viewer's only when the organizer lets viewers
// read the comments — or, with an empty thread id, that who may read them changed.
import * as encoding from "lib0/encoding";
import { MessageType } from "@/lib/collab-protocol";
import type { Db } from "@/server/db/client";
import type { CommentEvents } from "@/server/domain/comments/comment-events";
import type { CollabLogger, CollabServer } from "../server";
import { tellOpenPages } from "./tell-open-pages";

export function collabCommentEvents(collab: CollabServer, db: Db, logger: CollabLogger): CommentEvents {
  return {
    commentsChanged(meetingId, threadId) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MessageType.commentsChanged);
      encoding.writeVarString(encoder, threadId ?? "");
      tellOpenPages({
        collab,
        logger,
        meetingId,
        message: encoding.toUint8Array(encoder),
        failure: "telling pages of a comment failed",
        // Every page hears that who may read changed; a thread, only pages that may read it.
        hears: async () => {
          if (threadId === null) return () => true;
          const meeting = await db.meeting.findUnique({ where: { id: meetingId }, select: { viewersSeeComments: true } });
          return (connection) => connection.identity.role !== "viewer" || meeting?.viewersSeeComments === true;
        },
      });
    },
  };
}
