// What the comment routes answer, checked in the browser before use: threads
// with their comments, the list of a meeting's threads, and a user's news.
import { z } from "zod";

const person = z.object({ id: z.string(), name: z.string() });

export const commentViewSchema = z.object({
  id: z.string(),
  author: person,
  body: z.string().nullable(),
  mentions: z.array(person),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
  deleted: z.boolean(),
  hidden: z.boolean(),
  hiddenBy: person.nullable(),
  hiddenAt: z.string().nullable(),
  mine: z.boolean(),
});

export const threadViewSchema = z.object({
  id: z.string(),
  meetingId: z.string(),
  versionNumber: z.number().nullable(),
  anchor: z.object({ start: z.string(), end: z.string() }),
  quote: z.string(),
  range: z.object({ from: z.number(), to: z.number(), text: z.string() }).nullable(),
  outdated: z.boolean(),
  status: z.enum(["open", "resolved"]),
  resolvedBy: person.nullable(),
  resolvedAt: z.string().nullable(),
  createdBy: person,
  createdAt: z.string(),
  comments: z.array(commentViewSchema),
});

export const threadListSchema = z.object({
  versionNumber: z.number().nullable(),
  canComment: z.boolean(),
  viewersSeeComments: z.boolean(),
  threads: z.array(threadViewSchema),
});

/** PATCH/DELETE/PUT answers: the thread, or null when no comment of it is left. */
export const threadAnswerSchema = z.object({ thread: threadViewSchema.nullable() });

export const notificationsSchema = z.object({
  count: z.number(),
  threads: z.array(
    z.object({
      meetingId: z.string(),
      meetingTitle: z.string(),
      threadId: z.string(),
      versionNumber: z.number().nullable(),
      quote: z.string(),
      mentioned: z.boolean(),
      replied: z.boolean(),
      newComments: z.number(),
      latestAt: z.string(),
      latestBy: person,
    }),
  ),
});

export type Person = z.infer<typeof person>;
export type CommentView = z.infer<typeof commentViewSchema>;
export type ThreadView = z.infer<typeof threadViewSchema>;
export type ThreadList = z.infer<typeof threadListSchema>;
export type Notifications = z.infer<typeof notificationsSchema>;
