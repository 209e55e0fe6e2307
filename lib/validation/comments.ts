// What members send to open a comment thread on a selection of the minutes, to
// reply, edit, resolve, hide, and mark their notifications seen. A comment is
// plain text: stored as given (trimmed), never interpreted as markup.
import { z } from "zod";
import { idSchema, listSchema, message, userTextSchema } from "./fields";

export const COMMENT_MAX_LENGTH = 4000;
export const QUOTE_MAX_LENGTH = 4000;
/** Yjs relative positions are a few dozen bytes; this bounds a forged one. */
const ANCHOR_MAX_LENGTH = 1000;

export const commentBodySchema = userTextSchema("invalid.comment.empty")
  .overwrite((value) => value.normalize("NFC").trim())
  .min(1, message("invalid.comment.empty"))
  .max(COMMENT_MAX_LENGTH, message("invalid.comment.tooLong"));

/** Members named with @, by user id (the UI suggests the meeting's members). */
export const mentionsSchema = listSchema(idSchema, 50).default([]);

const encodedPositionSchema = z
  .string(message("error.comment.anchorOutside"))
  .max(ANCHOR_MAX_LENGTH, message("error.comment.anchorOutside"))
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, message("error.comment.anchorOutside"));

export const openThreadSchema = z.object(
  {
    /** The locked version commented on; null or absent for the live minutes. */
    versionNumber: z
      .number(message("invalid.versionNumber"))
      .int(message("invalid.versionNumber"))
      .positive(message("invalid.versionNumber"))
      .max(1_000_000_000, message("invalid.versionNumber"))
      .nullable()
      .default(null),
    /** Base64 of Y.encodeRelativePosition of the selection's start and end in the minutes fragment. */
    anchor: z.object({ start: encodedPositionSchema, end: encodedPositionSchema }, message("error.comment.anchorOutside")),
    /** The selected words, as the reader saw them. */
    quote: z
      .string(message("invalid.quote.empty"))
      .overwrite((value) => value.normalize("NFC").trim())
      .min(1, message("invalid.quote.empty"))
      .max(QUOTE_MAX_LENGTH, message("error.comment.anchorOutside")),
    body: commentBodySchema,
    mentions: mentionsSchema,
  },
  message("invalid.value"),
);

export const commentSchema = z.object({ body: commentBodySchema, mentions: mentionsSchema }, message("invalid.value"));

export const threadStatusSchema = z.object(
  { status: z.enum(["open", "resolved"], message("invalid.value")) },
  message("invalid.value"),
);

export const hideCommentSchema = z.object({ hidden: z.boolean(message("invalid.value")) }, message("invalid.value"));

export const commentSettingsSchema = z.object(
  { viewersSeeComments: z.boolean(message("invalid.value")) },
  message("invalid.value"),
);

/** Threads to mark seen; absent: every thread with news. */
export const markSeenSchema = z.object({ threadIds: listSchema(idSchema, 500).optional() }, message("invalid.value"));

export type OpenThreadInput = z.input<typeof openThreadSchema>;
export type OpenThreadFields = z.output<typeof openThreadSchema>;
export type CommentInput = z.input<typeof commentSchema>;
export type CommentFields = z.output<typeof commentSchema>;
export type ThreadStatus = z.output<typeof threadStatusSchema>["status"];
