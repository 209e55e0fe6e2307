// A meeting as its members see it: details, agenda, people, and the series'
// proposal categories. Every meeting use case answers with this.
import type { z } from "zod";
import type { meetingView } from "@/lib/contracts/meetings";
import type { member } from "@/lib/contracts/members";
import { isAttendanceStatus, isSessionRole } from "@/lib/attendance";
import { instantToJalaliDateTime } from "@/lib/jalali-date-time";
import { ROLES, roleSchema, type Role } from "@/lib/roles";
import type { Prisma } from "@/server/db/generated/sqlite/client";
import type { Tx } from "@/server/db/transaction";

export type MemberView = z.input<typeof member>;
/** A meeting as the server builds it (Dates); lib/contracts/meetings shapes the answer. */
export type MeetingView = z.input<typeof meetingView>;

const byPosition = [{ position: "asc" }, { id: "asc" }] satisfies Prisma.AgendaTopicOrderByWithRelationInput[];

const meetingSelect = {
  id: true,
  title: true,
  startsAt: true,
  place: true,
  series: {
    select: {
      id: true,
      title: true,
      categories: { where: { removedAt: null }, orderBy: byPosition, select: { id: true, name: true } },
    },
  },
  guests: { orderBy: byPosition, select: { id: true, name: true, role: true, organisation: true } },
  attendees: {
    orderBy: byPosition,
    select: { id: true, name: true, affiliation: true, userId: true, attendance: true, leftAt: true, sessionRole: true },
  },
  agenda: { orderBy: byPosition, select: { id: true, title: true } },
  sessionNumber: true,
  letterNumber: true,
  letterDate: true,
  memberships: { select: { role: true, user: { select: { id: true, name: true, email: true } } } },
} satisfies Prisma.MeetingSelect;

export function sortMembers(members: MemberView[]): MemberView[] {
  return members.sort(
    (a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || a.name.localeCompare(b.name, "fa") || a.userId.localeCompare(b.userId),
  );
}

export async function readMembers(db: Tx, meetingId: string): Promise<MemberView[]> {
  const memberships = await db.membership.findMany({
    where: { meetingId },
    select: { role: true, user: { select: { id: true, name: true, email: true } } },
  });
  return toMembers(memberships);
}

function toMembers(memberships: Array<{ role: string; user: { id: string; name: string; email: string } }>): MemberView[] {
  return sortMembers(
    memberships.flatMap(({ role, user }) => {
      const parsed = roleSchema.safeParse(role);
      return parsed.success ? [{ userId: user.id, name: user.name, email: user.email, role: parsed.data }] : [];
    }),
  );
}

export async function readMeetingView(db: Tx, meetingId: string, role: Role): Promise<MeetingView> {
  const { memberships, attendees, ...meeting } = await db.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: meetingSelect });
  return {
    ...meeting,
    attendees: attendees.map((attendee) => ({
      ...attendee,
      attendance: isAttendanceStatus(attendee.attendance) ? attendee.attendance : null,
      sessionRole: isSessionRole(attendee.sessionRole) ? attendee.sessionRole : null,
    })),
    startsAtJalali: instantToJalaliDateTime(meeting.startsAt),
    members: toMembers(memberships),
    role,
  };
}
