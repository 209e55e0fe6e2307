// Where a meeting's carried follow-ups came from: for each follow-up of its
// minutes' carry-over section that is a tracked item of an earlier meeting of
// the same series (the block's id is the item's), that meeting's title and
// time. Kept with each version at its lock, so that the report names the
// meeting as it was then; read afresh for a version locked before it was kept.
import type { MinutesReading } from "@/lib/editor/read-minutes";
import type { Tx } from "@/server/db/transaction";

export interface CarriedOrigin {
  itemId: string;
  title: string;
  /** ISO instant. */
  startsAt: string;
}

export async function carriedOrigins(tx: Tx, meetingId: string, reading: MinutesReading): Promise<CarriedOrigin[]> {
  const sections = new Set(reading.sections.filter((section) => section.kind === "carryOver").map((section) => section.id));
  const ids = [...new Set(reading.followUps.filter((block) => block.id && block.sectionId !== null && sections.has(block.sectionId)).map((block) => block.id))];
  if (ids.length === 0) return [];
  const meeting = await tx.meeting.findUnique({ where: { id: meetingId }, select: { seriesId: true } });
  if (!meeting?.seriesId) return [];
  const items = await tx.trackedItem.findMany({
    where: { id: { in: ids }, seriesId: meeting.seriesId, meetingId: { not: meetingId } },
    select: { id: true, meeting: { select: { title: true, startsAt: true } } },
    orderBy: { id: "asc" },
  });
  return items.map((item) => ({ itemId: item.id, title: item.meeting.title, startsAt: item.meeting.startsAt.toISOString() }));
}
