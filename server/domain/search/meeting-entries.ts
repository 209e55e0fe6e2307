// Everything of one meeting that search finds, read from the database: the
// meeting's details, every locked version's minutes, the live minutes where
// they differ from the latest version (while the minutes are open), the
// tracker items it routed, and the comments not deleted or hidden.
import type { JSONContent } from "@tiptap/core";
import * as Y from "yjs";
import { meetingDocName } from "@/lib/collab-protocol";
import { readMinutes, type MinutesReading } from "@/lib/editor/read-minutes";
import { toTrackerStatus } from "@/lib/tracker-status";
import { readStoredDocument, storedState } from "@/server/db/stored-document";
import type { Tx } from "@/server/db/transaction";
import { minutesJson } from "../minutes/read-meeting-minutes";
import { minutesEntries } from "./minutes-entries";
import type { SearchEntryInput } from "./search-entry";

const QUOTE_LENGTH = 120;

async function liveReading(db: Tx, meetingId: string): Promise<MinutesReading | null> {
  const stored = await readStoredDocument(db, meetingDocName(meetingId));
  if (!stored) return null;
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, storedState(stored));
    return readMinutes(minutesJson(doc));
  } finally {
    doc.destroy();
  }
}

async function detailsEntry(db: Tx, meetingId: string): Promise<{ entry: SearchEntryInput; open: boolean } | null> {
  const meeting = await db.meeting.findUnique({
    where: { id: meetingId },
    select: {
      title: true,
      place: true,
      minutesStatus: true,
      guests: { select: { name: true, role: true, organisation: true }, orderBy: { position: "asc" } },
      agenda: { select: { title: true }, orderBy: { position: "asc" } },
    },
  });
  if (!meeting) return null;
  const body = [
    meeting.title,
    meeting.place,
    ...meeting.guests.map((guest) => [guest.name, guest.role, guest.organisation].filter(Boolean).join("، ")),
    ...meeting.agenda.map((topic) => topic.title),
  ]
    .filter(Boolean)
    .join("\n");
  const entry: SearchEntryInput = { kind: "meeting", versionNumber: null, blockId: "", threadId: null, section: "", body };
  return { entry, open: meeting.minutesStatus === "open" };
}

async function minutesOf(db: Tx, meetingId: string, open: boolean): Promise<SearchEntryInput[]> {
  const versions = await db.minutesVersion.findMany({ where: { meetingId }, select: { number: true, content: true }, orderBy: { number: "asc" } });
  const entries = versions.flatMap((version) => minutesEntries(readMinutes(JSON.parse(version.content) as JSONContent), version.number));
  const live = open ? await liveReading(db, meetingId) : null;
  if (!live) return entries;
  // What the live minutes hold as the latest version has it is found there already.
  const latest = versions.at(-1)?.number;
  const key = (entry: SearchEntryInput): string => `${entry.kind}\u0000${entry.blockId}\u0000${entry.body}\u0000${JSON.stringify(entry.facets ?? {})}`;
  const locked = new Set(entries.filter((entry) => entry.versionNumber === latest).map(key));
  return [...entries, ...minutesEntries(live, null).filter((entry) => !locked.has(key(entry)))];
}

async function trackerEntries(db: Tx, meetingId: string): Promise<SearchEntryInput[]> {
  const items = await db.trackedItem.findMany({
    where: { meetingId },
    select: { sourceBlockId: true, versionNumber: true, kind: true, text: true, status: true, categoryId: true, responsibleBody: { select: { name: true } } },
  });
  return items.map((item) => ({
    kind: "tracker",
    versionNumber: item.versionNumber,
    blockId: item.sourceBlockId,
    threadId: null,
    section: item.responsibleBody?.name ?? "",
    body: [item.text, item.responsibleBody?.name ?? ""].filter(Boolean).join("\n"),
    facets: {
      responsibleBody: item.responsibleBody?.name ?? "",
      status: toTrackerStatus(item.status),
      ...(item.kind === "proposal" && item.categoryId ? { categoryId: item.categoryId } : {}),
    },
  }));
}

async function commentEntries(db: Tx, meetingId: string): Promise<SearchEntryInput[]> {
  const comments = await db.comment.findMany({
    where: { thread: { meetingId }, deletedAt: null, hiddenAt: null },
    select: { body: true, thread: { select: { id: true, versionNumber: true, quote: true } } },
    orderBy: { createdAt: "asc" },
  });
  return comments.map((comment) => ({
    kind: "comment",
    versionNumber: comment.thread.versionNumber,
    blockId: "",
    threadId: comment.thread.id,
    section: comment.thread.quote.slice(0, QUOTE_LENGTH),
    body: comment.body,
  }));
}

/** The meeting's entries; null when there is no such meeting. */
export async function meetingEntries(db: Tx, meetingId: string): Promise<SearchEntryInput[] | null> {
  const details = await detailsEntry(db, meetingId);
  if (!details) return null;
  return [
    details.entry,
    ...(await minutesOf(db, meetingId, details.open)),
    ...(await trackerEntries(db, meetingId)),
    ...(await commentEntries(db, meetingId)),
  ];
}
