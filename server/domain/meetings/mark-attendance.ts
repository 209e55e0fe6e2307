// The organizer marks attendance during the session: for any of the meeting's
// attendees, their status (and, for one who left early, the Tehran time they
// left, on the meeting's day after its start), and their role in the session.
// Every entry is checked before anything is written: one bad entry saves none.
import { AppError } from "@/lib/app-error";
import { wallClockMinutes, type AttendanceStatus } from "@/lib/attendance";
import { instantToJalaliDateTime } from "@/lib/jalali-date-time";
import type { MarkAttendanceFields } from "@/lib/validation/attendance";
import type { Db } from "@/server/db/client";
import { requireMember } from "../access/meeting-access";
import { readMeetingView, type MeetingView } from "./meeting-view";

type Entry = MarkAttendanceFields["attendees"][number];

interface Stored {
  attendance: string | null;
  leftAt: string | null;
  sessionRole: string | null;
}

interface Marked {
  attendance: AttendanceStatus | null;
  leftAt: string | null;
  sessionRole: string | null;
}

/** The entry over what is stored; a field left out stays, and a time left
 * goes with a status other than "left early" unless it was sent. */
function merged(entry: Entry, stored: Stored): Marked {
  const attendance = entry.status === undefined ? (stored.attendance as AttendanceStatus | null) : entry.status;
  const leftAt = entry.leftAt !== undefined ? entry.leftAt : attendance === "left_early" ? stored.leftAt : null;
  return { attendance, leftAt, sessionRole: entry.sessionRole === undefined ? stored.sessionRole : entry.sessionRole };
}

/** Why a marked row cannot be saved (a catalogue key), or null. */
function problem(marked: Marked, startMinutes: number): string | null {
  if (marked.attendance === "left_early" && marked.leftAt === null) return "invalid.attendance.leftAtMissing";
  if (marked.attendance !== "left_early" && marked.leftAt !== null) return "invalid.attendance.leftAtWithoutStatus";
  if (marked.leftAt === null) return null;
  const minutes = wallClockMinutes(marked.leftAt);
  // The meeting's day window: from its start to the end of its day, Tehran time.
  return minutes === null || minutes < startMinutes ? "invalid.attendance.leftAtOutsideDay" : null;
}

export async function markAttendance(options: { db: Db; userId: string; meetingId: string; fields: MarkAttendanceFields }): Promise<MeetingView> {
  const { meetingId, fields } = options;
  return options.db.$transaction(async (tx) => {
    const role = await requireMember(tx, meetingId, options.userId);
    if (role !== "organizer") throw new AppError("forbidden", "error.attendance.organizerOnly");
    const meeting = await tx.meeting.findUniqueOrThrow({
      where: { id: meetingId },
      select: { startsAt: true, attendees: { select: { id: true, attendance: true, leftAt: true, sessionRole: true } } },
    });
    const start = instantToJalaliDateTime(meeting.startsAt);
    const stored = new Map(meeting.attendees.map((attendee) => [attendee.id, attendee]));
    const errors: Record<string, string> = {};
    const writes: Array<{ id: string; marked: Marked }> = [];
    fields.attendees.forEach((entry, index) => {
      const row = stored.get(entry.attendeeId);
      if (!row) {
        errors[`attendees.${index}.attendeeId`] = "invalid.attendance.unknownAttendee";
        return;
      }
      const marked = merged(entry, row);
      const why = problem(marked, start.hour * 60 + start.minute);
      if (why) errors[`attendees.${index}.leftAt`] = why;
      else writes.push({ id: row.id, marked });
    });
    if (Object.keys(errors).length > 0) throw new AppError("invalid_input", "attendance refused", errors);
    for (const { id, marked } of writes) await tx.attendee.update({ where: { id }, data: marked });
    return readMeetingView(tx, meetingId, role);
  });
}
