// The organizer reopens locked minutes for revision: the meeting is open
// again and editing resumes from the locked content; the versions stay as
// they are, and the next lock makes the next version.
import { AppError } from "@/lib/app-error";
import type { Db } from "@/server/db/client";
import { requireOrganizer } from "../access/meeting-access";
import { readMeetingMinutesState, type MeetingMinutesState } from "./meeting-minutes-state";

function notLocked(): AppError {
  return new AppError("conflict", "error.minutes.notLocked");
}

export async function reopenMeeting(options: {
  db: Db;
  meetingId: string;
  userId: string;
  now?: Date;
}): Promise<MeetingMinutesState> {
  const { db, meetingId, userId } = options;
  return db.$transaction(async (tx) => {
    await requireOrganizer(tx, meetingId, userId);
    const { count } = await tx.meeting.updateMany({
      where: { id: meetingId, minutesStatus: "locked" },
      data: { minutesStatus: "open" },
    });
    if (count !== 1) throw notLocked();
    return readMeetingMinutesState(tx, meetingId, options.now);
  });
}
