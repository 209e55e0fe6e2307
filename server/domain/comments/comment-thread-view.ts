// A comment thread as members see it: its comments (a deleted one that has
// replies after it shows as "comment deleted"; a hidden one shows its text to
// organizers only), and where its words are now in the minutes read — the
// live minutes or a version — or "outdated" when they were deleted.
import * as Y from "yjs";
import type { z } from "zod";
import type { commentView, threadView } from "@/lib/contracts/comments";
import { meetingDocName } from "@/lib/collab-protocol";
import type { Role } from "@/lib/roles";
import type { Prisma } from "@/server/db/generated/sqlite/client";
import { readStoredDocument, storedState } from "@/server/db/stored-document";
import type { Tx } from "@/server/db/transaction";
import { docOfState, resolveAnchor } from "./comment-anchor";
import { unknownVersion } from "../versions/minutes-version-view";

/** A thread as the server builds it (Dates); lib/contracts/comments shapes the answer. */
export type ThreadView = z.input<typeof threadView>;
type CommentView = z.input<typeof commentView>;

const person = { select: { id: true, name: true } } satisfies Prisma.UserDefaultArgs;

export const threadSelect = {
  id: true,
  meetingId: true,
  versionNumber: true,
  anchorStart: true,
  anchorEnd: true,
  quote: true,
  status: true,
  resolvedBy: person,
  resolvedAt: true,
  createdBy: person,
  createdAt: true,
  comments: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      author: person,
      body: true,
      createdAt: true,
      editedAt: true,
      deletedAt: true,
      hiddenBy: person,
      hiddenAt: true,
      mentions: { select: { user: person } },
    },
  },
} satisfies Prisma.CommentThreadSelect;

type ThreadRow = NonNullable<Awaited<ReturnType<typeof loadThreadRow>>>;

function loadThreadRow(db: Tx, threadId: string) {
  return db.commentThread.findUnique({ where: { id: threadId }, select: threadSelect });
}

export interface Reader {
  userId: string;
  role: Role;
}

/** The Yjs state the threads are read against: a version's, or the live minutes as stored. */
export async function minutesDoc(db: Tx, meetingId: string, versionNumber: number | null): Promise<Y.Doc> {
  if (versionNumber !== null) {
    const version = await db.minutesVersion.findUnique({
      where: { meetingId_number: { meetingId, number: versionNumber } },
      select: { yjsState: true },
    });
    if (!version) throw unknownVersion();
    return docOfState(version.yjsState);
  }
  const stored = await readStoredDocument(db, meetingDocName(meetingId));
  if (!stored) return new Y.Doc();
  return docOfState(storedState(stored));
}

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString("base64");

function toCommentView(row: ThreadRow["comments"][number], reader: Reader): CommentView {
  const deleted = row.deletedAt !== null;
  const hidden = row.hiddenAt !== null;
  const showBody = !deleted && (!hidden || reader.role === "organizer");
  return {
    id: row.id,
    author: row.author,
    body: showBody ? row.body : null,
    mentions: deleted ? [] : row.mentions.map((mention) => mention.user),
    createdAt: row.createdAt,
    editedAt: row.editedAt,
    deleted,
    hidden,
    hiddenBy: row.hiddenBy,
    hiddenAt: row.hiddenAt,
    mine: row.author.id === reader.userId,
  };
}

/** The thread as `reader` sees it against `doc`; null when every comment of it was deleted. */
export function toThreadView(row: ThreadRow, doc: Y.Doc, reader: Reader): ThreadView | null {
  // A deleted comment stays as a placeholder only while something written after it remains.
  const lastKept = row.comments.findLastIndex((comment) => comment.deletedAt === null);
  if (lastKept < 0) return null;
  const comments = row.comments.slice(0, lastKept + 1);
  const range = resolveAnchor(doc, row.anchorStart, row.anchorEnd);
  return {
    id: row.id,
    meetingId: row.meetingId,
    versionNumber: row.versionNumber,
    anchor: { start: base64(row.anchorStart), end: base64(row.anchorEnd) },
    quote: row.quote,
    range,
    outdated: range === null || range.text.trim() === "",
    status: row.status === "resolved" ? "resolved" : "open",
    resolvedBy: row.resolvedBy,
    resolvedAt: row.resolvedAt,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    comments: comments.map((comment) => toCommentView(comment, reader)),
  };
}

/** One thread, read against the minutes it was opened on (the live minutes, or its version). */
export async function readThread(db: Tx, threadId: string, reader: Reader): Promise<ThreadView | null> {
  const row = await loadThreadRow(db, threadId);
  if (!row) return null;
  const doc = await minutesDoc(db, row.meetingId, row.versionNumber);
  try {
    return toThreadView(row, doc, reader);
  } finally {
    doc.destroy();
  }
}
