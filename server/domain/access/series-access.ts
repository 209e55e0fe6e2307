// What a user may do with a series. Its organizers and the organizers of its
// meetings manage it (categories, new meetings); the other members of its
// meetings read it; anyone else learns nothing (404).
import { AppError } from "@/lib/app-error";
import { isId } from "@/lib/validation/fields";
import type { Tx } from "@/server/db/transaction";

export type SeriesAccess = "manage" | "read";

/** The series a user may read, each with whether they manage it. */
export async function seriesAccessOf(db: Tx, userId: string, seriesIds?: string[]): Promise<Map<string, SeriesAccess>> {
  const only = seriesIds ? { id: { in: seriesIds } } : {};
  const [organized, throughMeetings] = await Promise.all([
    db.seriesOrganizer.findMany({ where: { userId, series: only }, select: { seriesId: true } }),
    db.membership.findMany({
      where: { userId, meeting: { seriesId: seriesIds ? { in: seriesIds } : { not: null } } },
      select: { role: true, meeting: { select: { seriesId: true } } },
    }),
  ]);
  const access = new Map<string, SeriesAccess>();
  for (const { seriesId } of organized) access.set(seriesId, "manage");
  for (const { role, meeting } of throughMeetings) {
    if (!meeting.seriesId) continue;
    if (role === "organizer") access.set(meeting.seriesId, "manage");
    else if (!access.has(meeting.seriesId)) access.set(meeting.seriesId, "read");
  }
  return access;
}

export async function requireSeriesAccess(db: Tx, seriesId: string, userId: string): Promise<SeriesAccess> {
  const access = isId(seriesId) ? (await seriesAccessOf(db, userId, [seriesId])).get(seriesId) : undefined;
  if (!access) throw new AppError("not_found", "no such series for this user");
  return access;
}

export async function requireSeriesManager(db: Tx, seriesId: string, userId: string): Promise<void> {
  if ((await requireSeriesAccess(db, seriesId, userId)) !== "manage") {
    throw new AppError("forbidden", "only an organizer of the series may do this");
  }
}
