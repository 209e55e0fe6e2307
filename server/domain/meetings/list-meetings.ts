// The meetings a user is a member of, split at `now`: upcoming (soonest first)
// and past (latest first), each with where its minutes stand.
import type { z } from "zod";
import type { meetingList } from "@/lib/contracts/meetings";
import { roleSchema } from "@/lib/roles";
import { isId } from "@/lib/validation/fields";
import type { Db } from "@/server/db/client";
import { isMinutesStatus, meetingMinutesState } from "../minutes/meeting-minutes-state";
import { isApproved } from "../approvals/version-approvals";

export type MeetingList = z.input<typeof meetingList>;

export async function listMeetings(options: {
  db: Db;
  userId: string;
  /** Only the meetings of this series. */
  seriesId?: string;
  now?: Date;
}): Promise<MeetingList> {
  const now = options.now ?? new Date();
  if (options.seriesId !== undefined && !isId(options.seriesId)) return { upcoming: [], past: [] };
  const memberships = await options.db.membership.findMany({
    where: { userId: options.userId, ...(options.seriesId ? { meeting: { seriesId: options.seriesId } } : {}) },
    orderBy: [{ meeting: { startsAt: "asc" } }, { meetingId: "asc" }],
    select: {
      role: true,
      meeting: {
        select: {
          id: true,
          title: true,
          startsAt: true,
          place: true,
          sessionNumber: true,
          series: { select: { id: true, title: true } },
          minutesStatus: true,
          versions: {
            orderBy: { number: "desc" },
            take: 1,
            select: { number: true, lockedAt: true, lockedBy: { select: { name: true } }, approvals: { select: { status: true } } },
          },
        },
      },
    },
  });
  const published = await publishedVersions(options.db, memberships.map(({ meeting }) => meeting.id));
  const all = memberships.flatMap(({ role, meeting }) => {
    const parsed = roleSchema.safeParse(role);
    if (!parsed.success) return [];
    const { minutesStatus, versions, ...summary } = meeting;
    const latest = versions[0];
    const state = meetingMinutesState({
      status: isMinutesStatus(minutesStatus) ? minutesStatus : "open",
      startsAt: meeting.startsAt,
      latest: latest ? { number: latest.number, lockedAt: latest.lockedAt, lockedBy: latest.lockedBy.name, approved: isApproved(latest.approvals) } : null,
      published: published.get(meeting.id) ?? null,
      now,
    });
    return [{ ...summary, role: parsed.data, state }];
  });
  return {
    upcoming: all.filter((meeting) => meeting.startsAt >= now),
    past: all.filter((meeting) => meeting.startsAt < now).reverse(),
  };
}

/** Each meeting's highest version number with a live link, when it has one. */
async function publishedVersions(db: Db, meetingIds: readonly string[]): Promise<Map<string, number>> {
  if (meetingIds.length === 0) return new Map();
  const versions = await db.minutesVersion.findMany({
    where: { meetingId: { in: [...meetingIds] }, publications: { some: { revokedAt: null } } },
    select: { meetingId: true, number: true },
  });
  const highest = new Map<string, number>();
  for (const { meetingId, number } of versions) highest.set(meetingId, Math.max(number, highest.get(meetingId) ?? 0));
  return highest;
}
