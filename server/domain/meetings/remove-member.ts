// The organizer removes a member from the meeting. The last organizer stays.
import { AppError } from "@/lib/app-error";
import type { Db } from "@/server/db/client";
import { findRole, requireOrganizer } from "../access/meeting-access";
import { noMeetingEvents, type MeetingEvents } from "./meeting-events";
import { readMembers, type MemberView } from "./meeting-view";
import { keepAnOrganizer } from "../access/organizer-guard";

export async function removeMember(options: {
  db: Db;
  userId: string;
  meetingId: string;
  memberId: string;
  events?: MeetingEvents;
}): Promise<MemberView[]> {
  const { meetingId, memberId } = options;
  const members = await options.db.$transaction(async (tx) => {
    await requireOrganizer(tx, meetingId, options.userId);
    const current = await findRole(tx, meetingId, memberId);
    if (!current) throw new AppError("not_found", "no such member");
    if (current === "organizer") await keepAnOrganizer(tx, meetingId, memberId);
    await tx.membership.delete({ where: { meetingId_userId: { meetingId, userId: memberId } } });
    return readMembers(tx, meetingId);
  });
  (options.events ?? noMeetingEvents).membershipChanged(meetingId, memberId);
  return members;
}
