// The organizer adds an existing user, found by email, to the meeting with a role.
import { AppError } from "@/lib/app-error";
import type { AddMemberFields } from "@/lib/validation/membership";
import type { Db } from "@/server/db/client";
import { requireOrganizer } from "../access/meeting-access";
import { noMeetingEvents, type MeetingEvents } from "./meeting-events";
import { readMembers, type MemberView } from "./meeting-view";
import { isUniqueViolation } from "@/server/db/transaction";

function alreadyMember(): AppError {
  return new AppError("conflict", "error.member.already", { email: "error.member.already" });
}

export async function addMember(options: {
  db: Db;
  userId: string;
  meetingId: string;
  fields: AddMemberFields;
  events?: MeetingEvents;
}): Promise<MemberView[]> {
  const { meetingId, fields } = options;
  let added: string;
  let members: MemberView[];
  try {
    ({ added, members } = await options.db.$transaction(async (tx) => {
      await requireOrganizer(tx, meetingId, options.userId);
      const user = await tx.user.findUnique({ where: { email: fields.email }, select: { id: true } });
      if (!user) throw new AppError("invalid_input", "no user with this email", { email: "invalid.email.noUser" });
      const existing = await tx.membership.findUnique({
        where: { meetingId_userId: { meetingId, userId: user.id } },
        select: { id: true },
      });
      if (existing) throw alreadyMember();
      await tx.membership.create({ data: { meetingId, userId: user.id, role: fields.role } });
      return { added: user.id, members: await readMembers(tx, meetingId) };
    }));
  } catch (error) {
    throw isUniqueViolation(error) ? alreadyMember() : error;
  }
  (options.events ?? noMeetingEvents).membershipChanged(meetingId, added);
  return members;
}
