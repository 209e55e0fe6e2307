// A meeting's details, for its members only.
import type { Db } from "@/server/db/client";
import { requireMember } from "../access/meeting-access";
import { readMeetingView, type MeetingView } from "./meeting-view";

export async function getMeeting(options: { db: Db; userId: string; meetingId: string }): Promise<MeetingView> {
  const role = await requireMember(options.db, options.meetingId, options.userId);
  return readMeetingView(options.db, options.meetingId, role);
}
