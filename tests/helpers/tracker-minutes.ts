// Minutes with follow-ups and proposals for the tracker's tests, and meetings
// of a series that lock them, against a real database.
import type { JSONContent } from "@tiptap/core";
import { getSchema } from "@tiptap/core";
import { prosemirrorJSONToYDoc } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { MINUTES_FRAGMENT, minutesExtensions } from "@/lib/editor/extensions";
import type { Role } from "@/lib/roles";
import type { Db } from "@/server/db/client";
import { meetingDocName } from "@/lib/collab-protocol";
import { readMinutes } from "@/lib/editor/read-minutes";
import { proposedChanges } from "@/server/domain/tracker/proposed-tracker-changes";
import { latestVersionNumber } from "@/server/domain/versions/latest-version-number";
import { lockMeeting, type CapturedMinutes, type LockedVersion } from "@/server/domain/minutes/lock-meeting";
import { minutesJson } from "@/server/domain/minutes/read-meeting-minutes";
import { reopenMeeting } from "@/server/domain/minutes/reopen-meeting";
import { storeInitialMinutes } from "@/server/domain/minutes/store-initial-minutes";
import { createMeeting, createUser } from "./factories";

export interface FollowUpBlock {
  id: string;
  text: string;
  responsibleBody?: string;
  due?: string | null;
  status?: string;
}

export interface ProposalBlock {
  id: string;
  text: string;
  categoryId?: string | null;
  followUp?: boolean;
}

const text = (value: string): JSONContent[] => (value ? [{ type: "text", text: value }] : []);

export function followUpNode(block: FollowUpBlock): JSONContent {
  return {
    type: "followUp",
    attrs: { id: block.id, responsibleBody: block.responsibleBody ?? "", due: block.due ?? null, status: block.status ?? "routed" },
    content: text(block.text),
  };
}

export function trackerMinutes(blocks: { followUps?: FollowUpBlock[]; proposals?: ProposalBlock[] }): JSONContent {
  return {
    type: "doc",
    content: [
      { type: "paragraph", content: text("صورت‌جلسه") },
      ...(blocks.proposals ?? []).map((proposal) => ({
        type: "proposal",
        attrs: { id: proposal.id, categoryId: proposal.categoryId ?? null, followUp: proposal.followUp ?? false },
        content: text(proposal.text),
      })),
      ...(blocks.followUps ?? []).map(followUpNode),
    ],
  };
}

/** The capture of `json` as the collaboration server would make it. */
export function capture(json: JSONContent): CapturedMinutes {
  const doc = prosemirrorJSONToYDoc(getSchema(minutesExtensions()), json, MINUTES_FRAGMENT);
  try {
    return { yjsState: Y.encodeStateAsUpdate(doc), json: minutesJson(doc) };
  } finally {
    doc.destroy();
  }
}

/** A series with an organizer, and its categories' ids. */
export async function createSeriesWithOrganizer(db: Db): Promise<{ seriesId: string; organizerId: string; categoryIds: string[] }> {
  const organizer = await createUser(db, "دبیر جلسه");
  const series = await db.series.create({
    data: {
      title: "نشست‌های ماهانهٔ گفت‌وگو",
      organizers: { create: { userId: organizer.id } },
      categories: { create: ["ساختارها", "تأمین منابع"].map((name, position) => ({ name, position })) },
    },
    include: { categories: { orderBy: { position: "asc" } } },
  });
  return { seriesId: series.id, organizerId: organizer.id, categoryIds: series.categories.map((category) => category.id) };
}

/** A series with its organizer, a meeting of it with a viewer too, and an
 * outsider: the people the tracker's pages and API are tried with. */
export async function seriesWithViewerAndOutsider(db: Db): Promise<{
  seriesId: string;
  meetingId: string;
  organizerId: string;
  categoryIds: string[];
  people: Record<"organizer" | "viewer" | "outsider", { id: string; email: string }>;
}> {
  const series = await createSeriesWithOrganizer(db);
  const organizer = await db.user.findUniqueOrThrow({ where: { id: series.organizerId }, select: { id: true, email: true } });
  const viewer = await createUser(db, "ناظر");
  const outsider = await createUser(db, "بیرونی");
  const meetingId = await createSeriesMeeting(db, series.seriesId, [
    { userId: organizer.id, role: "organizer" },
    { userId: viewer.id, role: "viewer" },
  ]);
  return { ...series, meetingId, people: { organizer, viewer, outsider } };
}

/** A meeting of the series with the given members (the organizer first). */
export async function createSeriesMeeting(
  db: Db,
  seriesId: string,
  members: Array<{ userId: string; role: Role }>,
): Promise<string> {
  const { id } = await createMeeting(db, members, { storeMinutes: false });
  await db.meeting.update({ where: { id }, data: { seriesId } });
  return id;
}

export interface LockOptions {
  /** The user who typed these minutes: their Yjs client id is claimed for them
   * (CollabAuthor), as the collaboration server does. Without it, nobody typed
   * them (as prepared by the server). */
  typedBy?: string;
  /** Which proposed tracker changes the organizer accepts: all, none, or those with these keys. */
  accept?: "all" | "none" | readonly string[];
}

/** Locks the meeting with these minutes (reopening it first when it is locked). */
export async function lockWith(db: Db, meetingId: string, userId: string, json: JSONContent, options: LockOptions = {}): Promise<number> {
  return (await lockWithSummary(db, meetingId, userId, json, options)).number;
}

/** As lockWith, answering what the lock did in the tracker too. */
export async function lockWithSummary(db: Db, meetingId: string, userId: string, json: JSONContent, options: LockOptions = {}): Promise<LockedVersion> {
  const meeting = await db.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { minutesStatus: true, seriesId: true } });
  if (meeting.minutesStatus === "locked") await reopenMeeting({ db, meetingId, userId });
  const captured = capture(json);
  const docName = meetingDocName(meetingId);
  if (options.typedBy) {
    await storeInitialMinutes({ db, docName });
    const clientId = BigInt(clientOf(captured.yjsState));
    await db.collabAuthor.upsert({
      where: { docName_clientId: { docName, clientId } },
      create: { docName, clientId, userId: options.typedBy },
      update: { userId: options.typedBy },
    });
  }
  let accept: string[] = Array.isArray(options.accept) ? [...options.accept] : [];
  if (options.accept === "all" && meeting.seriesId) {
    const reading = readMinutes(captured.json);
    const versionNumber = ((await latestVersionNumber(db, meetingId)) ?? 0) + 1;
    const { changes } = await proposedChanges(db, { seriesId: meeting.seriesId, meetingId, reading, yjsState: captured.yjsState, versionNumber });
    accept = changes.map((change) => change.key);
  }
  return lockMeeting({ db, meetingId, userId, captured, accept });
}

/** The one client id a state built from JSON was written under. */
function clientOf(yjsState: Uint8Array): number {
  const [client] = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(yjsState)).keys();
  if (client === undefined) throw new Error("the minutes hold nothing");
  return client;
}
