// The organizer chooses whether the meeting's viewers read its comments.
import type { Db } from "@/server/db/client";
import type { CommentEvents } from "./comment-events";
import { requireOrganizer } from "../access/meeting-access";

export async function setViewersSeeComments(options: {
  db: Db;
  events?: CommentEvents;
  userId: string;
  meetingId: string;
  viewersSeeComments: boolean;
}): Promise<{ viewersSeeComments: boolean }> {
  const { db, meetingId, viewersSeeComments } = options;
  await requireOrganizer(db, meetingId, options.userId);
  await db.meeting.update({ where: { id: meetingId }, data: { viewersSeeComments } });
  options.events?.commentsChanged(meetingId, null);
  return { viewersSeeComments };
}
