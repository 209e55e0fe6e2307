// The organizer gives a member another role. The last organizer keeps theirs.
import { AppError } from "@/lib/app-error";
import type { Role } from "@/lib/roles";
import type { Db } from "@/server/db/client";
import { findRole, requireOrganizer } from "../access/meeting-access";
import { noMeetingEvents, type MeetingEvents } from "./meeting-events";
import { readMembers, type MemberView } from "./meeting-view";
import { keepAnOrganizer } from "../access/organizer-guard";

export async function changeMemberRole(options: {
  db: Db;
  userId: string;
  meetingId: string;
  memberId: string;
  role: Role;
  events?: MeetingEvents;
}): Promise<MemberView[]> {
  const { meetingId, memberId, role } = options;
  const { changed, members } = await options.db.$transaction(async (tx) => {
    await requireOrganizer(tx, meetingId, options.userId);
    const current = await findRole(tx, meetingId, memberId);
    if (!current) throw new AppError("not_found", "no such member");
    if (current === role) return { changed: false, members: await readMembers(tx, meetingId) };
    if (current === "organizer") await keepAnOrganizer(tx, meetingId, memberId);
    await tx.membership.update({ where: { meetingId_userId: { meetingId, userId: memberId } }, data: { role } });
    return { changed: true, members: await readMembers(tx, meetingId) };
  });
  if (changed) (options.events ?? noMeetingEvents).membershipChanged(meetingId, memberId);
  return members;
}
