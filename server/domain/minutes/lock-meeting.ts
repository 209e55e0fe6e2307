// The organizer locks the minutes: in one transaction the meeting becomes
// locked and version N+1 is stored with the captured Yjs state, its canonical
// JSON and that JSON's SHA-256, who locked it, when, and a note. Capturing the
// state (freezing the live document so the version holds exactly the accepted
// updates) is the caller's job: see MinutesLocker.
// The same transaction routes the follow-ups into the series' tracker and
// writes the meeting's search entries again (the new version's among them).
import type { JSONContent } from "@tiptap/core";
import type { z } from "zod";
import { AppError } from "@/lib/app-error";
import type { lockedVersion } from "@/lib/contracts/lock";
import { readMinutes } from "@/lib/editor/read-minutes";
import type { Db } from "@/server/db/client";
import { requireOrganizer } from "../access/meeting-access";
import { encodeMeetingDetails, snapshotMeetingDetails } from "../meetings/meeting-details-snapshot";
import { versionSummarySelect } from "../versions/minutes-version-view";
import { syncTrackedItems } from "../tracker/sync-tracked-items";
import { refuseVotesOverPresent } from "./votes-within-attendance";
import { isUniqueViolation, type Tx } from "@/server/db/transaction";
import { indexMeetingIn } from "../search/index-meeting";
import { searchStoreFor } from "../search/search-store";
import { contentOfState, versionContent } from "../versions/version-content";

export interface CapturedMinutes {
  /** The whole Yjs state of the minutes document (Y.encodeStateAsUpdate). */
  yjsState: Uint8Array;
  /** The same minutes as ProseMirror JSON (minutesJson of that document). */
  json: JSONContent;
}

function alreadyLocked(): AppError {
  return new AppError("conflict", "error.minutes.alreadyLocked");
}

/** Refuses, without writing, a caller who may not lock the meeting now (not a
 * member 404, not its organizer 403, already locked 409): a live-document
 * locker checks this before freezing the document. */
export async function requireLockable(db: Tx, meetingId: string, userId: string): Promise<void> {
  await requireOrganizer(db, meetingId, userId);
  const meeting = await db.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { minutesStatus: true } });
  if (meeting.minutesStatus !== "open") throw alreadyLocked();
}

/** The new version, and what the lock did in the tracker. */
export type LockedVersion = z.input<typeof lockedVersion>;

export async function lockMeeting(options: {
  db: Db;
  meetingId: string;
  userId: string;
  note?: string;
  /** The keys of the proposed tracker changes the organizer accepts (proposed-tracker-changes.ts). */
  accept?: readonly string[];
  captured: CapturedMinutes;
}): Promise<LockedVersion> {
  const { db, meetingId, userId, captured } = options;
  const { content, sha256 } = versionContent(captured.json);
  // The two halves of the capture must hold the same minutes: a version's Yjs
  // state is how its content is checked later (verifyVersion).
  if (contentOfState(captured.yjsState) !== content) {
    throw new AppError("internal", "the captured Yjs state and JSON hold different minutes");
  }
  const reading = readMinutes(captured.json);
  const search = searchStoreFor(db);
  try {
    return await db.$transaction(async (tx) => {
      await requireOrganizer(tx, meetingId, userId);
      // Compare-and-set: of two locks at once, one finds the meeting locked.
      const { count } = await tx.meeting.updateMany({
        where: { id: meetingId, minutesStatus: "open" },
        data: { minutesStatus: "locked" },
      });
      if (count !== 1) throw alreadyLocked();
      await refuseVotesOverPresent(tx, meetingId, reading);
      const latest = await tx.minutesVersion.aggregate({ where: { meetingId }, _max: { number: true } });
      const version = await tx.minutesVersion.create({
        data: {
          meetingId,
          number: (latest._max.number ?? 0) + 1,
          yjsState: Uint8Array.from(captured.yjsState),
          content,
          sha256,
          meetingDetails: encodeMeetingDetails(await snapshotMeetingDetails(tx, meetingId, reading)),
          note: options.note ?? "",
          lockedById: userId,
        },
        select: versionSummarySelect,
      });
      const carried = { yjsState: captured.yjsState, accept: new Set(options.accept ?? []) };
      const tracker = await syncTrackedItems(tx, { meetingId, versionNumber: version.number, reading, userId, carried });
      await indexMeetingIn(tx, search, meetingId);
      return { ...version, tracker };
    });
  } catch (error) {
    throw isUniqueViolation(error) ? alreadyLocked() : error;
  }
}
