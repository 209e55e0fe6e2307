// The meeting's details as they were when a version was locked: what the
// report's header shows (with the session number, the letter and attendance), what its proposals' categories are called, and which
// earlier meetings its carried follow-ups came from. Kept
// with the version so that editing the meeting later does not change a
// published record.
import { isAttendanceStatus, isSessionRole } from "@/lib/attendance";
import { canonicalJson } from "@/lib/canonical-json";
import { meetingDetails, type MeetingDetails } from "@/lib/contracts/meeting-details";
import type { MinutesReading } from "@/lib/editor/read-minutes";
import { carriedOrigins } from "../tracker/carried-origins";
import { currentLetterhead } from "../series/letterhead";
import type { Tx } from "@/server/db/transaction";

/** Stored with the version, and answered as it is (lib/contracts/meeting-details). */
export type MeetingDetailsSnapshot = MeetingDetails;

const byPosition = [{ position: "asc" as const }, { id: "asc" as const }];

export async function snapshotMeetingDetails(tx: Tx, meetingId: string, reading: MinutesReading): Promise<MeetingDetailsSnapshot> {
  const meeting = await tx.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: {
      title: true,
      startsAt: true,
      place: true,
      series: {
        select: {
          id: true,
          title: true,
          categories: { orderBy: byPosition, select: { id: true, name: true, removedAt: true } },
        },
      },
      guests: { orderBy: byPosition, select: { name: true, role: true, organisation: true } },
      attendees: { orderBy: byPosition, select: { name: true, affiliation: true, attendance: true, leftAt: true, sessionRole: true, userId: true } },
      agenda: { orderBy: byPosition, select: { id: true, title: true } },
      sessionNumber: true,
      letterNumber: true,
      letterDate: true,
    },
  });
  const { series, startsAt, attendees, ...rest } = meeting;
  return {
    ...rest,
    attendees: attendees.map(({ userId, attendance, leftAt, sessionRole, ...attendee }) => ({
      ...attendee,
      attendance: isAttendanceStatus(attendance) ? attendance : null,
      leftAt: attendance === "left_early" ? leftAt : null,
      sessionRole: isSessionRole(sessionRole) ? sessionRole : null,
      hasAccount: userId !== null,
    })),
    startsAt: startsAt.toISOString(),
    series: series ? { id: series.id, title: series.title } : null,
    categories: (series?.categories ?? []).map((category) => ({
      id: category.id,
      name: category.name,
      removed: category.removedAt !== null,
    })),
    carriedFrom: await carriedOrigins(tx, meetingId, reading),
    ...(series ? { letterhead: await currentLetterhead(tx, series.id) } : {}),
  };
}

/** A version's snapshot with where its carried follow-ups came from, read
 * afresh for a version locked before that was kept. */
export async function withCarriedOrigins(tx: Tx, meetingId: string, snapshot: MeetingDetailsSnapshot, reading: MinutesReading): Promise<MeetingDetailsSnapshot> {
  return snapshot.carriedFrom ? snapshot : { ...snapshot, carriedFrom: await carriedOrigins(tx, meetingId, reading) };
}

export function encodeMeetingDetails(snapshot: MeetingDetailsSnapshot): string {
  return canonicalJson(snapshot);
}

export function decodeMeetingDetails(stored: string): MeetingDetailsSnapshot {
  return meetingDetails.parse(JSON.parse(stored));
}
