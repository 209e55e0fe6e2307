// What the comment routes answer: threads with their comments, the list of a
// meeting's threads, the comment settings, and a user's news. The server
// builds `z.input` of these (Dates), the route shapes its answer with them,
// and the browser reads `z.output` (ISO strings).
import { z } from "zod";
import { moment, person } from "./moment";

export const commentView = z.object({
  id: z.string(),
  author: person,
  /** Plain text, exactly as written; null when deleted, or hidden from this reader. */
  body: z.string().nullable(),
  mentions: z.array(person),
  createdAt: moment,
  editedAt: moment.nullable(),
  deleted: z.boolean(),
  hidden: z.boolean(),
  hiddenBy: person.nullable(),
  hiddenAt: moment.nullable(),
  /** The reader wrote it: they may edit and delete it. */
  mine: z.boolean(),
});

export const threadView = z.object({
  id: z.string(),
  meetingId: z.string(),
  /** The version it was opened on; null for the live minutes. */
  versionNumber: z.number().nullable(),
  /** Base64 of the Yjs relative positions of the start and end of the commented words. */
  anchor: z.object({ start: z.string(), end: z.string() }),
  /** The words as they were when the thread was opened. */
  quote: z.string(),
  /** Where the words are in the minutes read (characters in document order,
   * a line break between blocks), and the words there now; null when the
   * anchor does not resolve in them. */
  range: z.object({ from: z.number(), to: z.number(), text: z.string() }).nullable(),
  /** Its words were deleted: show the quote, not a range. */
  outdated: z.boolean(),
  status: z.enum(["open", "resolved"]),
  resolvedBy: person.nullable(),
  resolvedAt: moment.nullable(),
  createdBy: person,
  createdAt: moment,
  comments: z.array(commentView),
});

export const threadList = z.object({
  /** The version read; null for the live minutes. */
  versionNumber: z.number().nullable(),
  canComment: z.boolean(),
  viewersSeeComments: z.boolean(),
  threads: z.array(threadView),
});

/** PATCH/DELETE/PUT answers: the thread, or null when no comment of it is left. */
export const threadAnswer = z.object({ thread: threadView.nullable() });

export const commentSettings = z.object({ viewersSeeComments: z.boolean() });

export const commentNotification = z.object({
  meetingId: z.string(),
  meetingTitle: z.string(),
  threadId: z.string(),
  versionNumber: z.number().nullable(),
  quote: z.string(),
  /** Someone mentioned the user (else: replied in a thread the user took part in). */
  mentioned: z.boolean(),
  replied: z.boolean(),
  /** New comments by others since the user last looked. */
  newComments: z.number(),
  latestAt: moment,
  latestBy: person,
});

export const commentNotifications = z.object({ count: z.number(), threads: z.array(commentNotification) });

export type CommentView = z.output<typeof commentView>;
export type ThreadView = z.output<typeof threadView>;
export type ThreadList = z.output<typeof threadList>;
export type CommentNotifications = z.output<typeof commentNotifications>;
