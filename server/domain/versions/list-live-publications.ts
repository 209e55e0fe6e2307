// Every live link of a meeting, newest first, each with its version, when and
// by whom it was published: what its organizer manages (revokes) in one
// place. Only the organizer reads it: the others are refused (403), a
// non-member learns nothing (404).
import type { Db } from "@/server/db/client";
import { requireOrganizer } from "../access/meeting-access";
import { publicationSelect, toPublicationSummary, type PublicationSummary } from "./minutes-version-view";

export async function listLivePublications(options: { db: Db; userId: string; meetingId: string }): Promise<PublicationSummary[]> {
  const { db, meetingId } = options;
  await requireOrganizer(db, meetingId, options.userId);
  const rows = await db.publication.findMany({
    where: { meetingId, revokedAt: null },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    select: publicationSelect,
  });
  return rows.map(toPublicationSummary);
}
