// The meetings a user is a member of, split at `now`: upcoming (soonest first)
// and past (latest first).
import type { z } from "zod";
import type { meetingList } from "@/lib/contracts/meetings";
import { roleSchema } from "@/lib/roles";
import { isId } from "@/lib/validation/fields";
import type { Db } from "@/server/db/client";

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
        select: { id: true, title: true, startsAt: true, place: true, series: { select: { id: true, title: true } } },
      },
    },
  });
  const all = memberships.flatMap(({ role, meeting }) => {
    const parsed = roleSchema.safeParse(role);
    return parsed.success ? [{ ...meeting, role: parsed.data }] : [];
  });
  return {
    upcoming: all.filter((meeting) => meeting.startsAt >= now),
    past: all.filter((meeting) => meeting.startsAt < now).reverse(),
  };
}
