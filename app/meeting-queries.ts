// The meeting the meeting page shows its user: only through a membership, so
// a meeting the user is not a member of is indistinguishable from none at all.
import { cache } from "react";
import { roleSchema, type Role } from "../lib/roles";
import { getServices } from "../server/services";

const MEETING_ID = /^[A-Za-z0-9_-]{1,64}$/;

export interface MeetingSummary {
  id: string;
  title: string;
  startsAt: Date;
  place: string;
  series: string | null;
  seriesId: string | null;
  role: Role;
}

export interface MeetingDetails extends MeetingSummary {
  guests: Array<{ id: string; name: string; role: string; organisation: string }>;
  agenda: Array<{ id: string; title: string }>;
}

/** The meeting as its member `userId` sees it, or null when there is no such
 * meeting or the user is not a member. */
export const findMeetingForMember = cache(async (meetingId: string, userId: string): Promise<MeetingDetails | null> => {
  if (!MEETING_ID.test(meetingId)) return null;
  const membership = await getServices().db.membership.findUnique({
    where: { meetingId_userId: { meetingId, userId } },
    select: {
      role: true,
      meeting: {
        select: {
          id: true,
          title: true,
          startsAt: true,
          place: true,
          series: { select: { id: true, title: true } },
          guests: { orderBy: { position: "asc" }, select: { id: true, name: true, role: true, organisation: true } },
          agenda: { orderBy: { position: "asc" }, select: { id: true, title: true } },
        },
      },
    },
  });
  const role = roleSchema.safeParse(membership?.role);
  if (!membership || !role.success) return null;
  return { ...membership.meeting, series: membership.meeting.series?.title ?? null, seriesId: membership.meeting.series?.id ?? null, role: role.data };
});
