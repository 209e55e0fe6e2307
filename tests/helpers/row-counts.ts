// Row counts of the tables a meetings request writes, to show that a refused
// request saved nothing.
import type { Db } from "@/server/db/client";

export async function rowCounts(db: Db): Promise<Record<string, number>> {
  const [series, seriesOrganizers, categories, meetings, guests, attendees, agendaTopics, memberships] = await Promise.all([
    db.series.count(),
    db.seriesOrganizer.count(),
    db.proposalCategory.count(),
    db.meeting.count(),
    db.guest.count(),
    db.attendee.count(),
    db.agendaTopic.count(),
    db.membership.count(),
  ]);
  return { series, seriesOrganizers, categories, meetings, guests, attendees, agendaTopics, memberships };
}
