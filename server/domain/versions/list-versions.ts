// A meeting's versions, newest first, for its members: number, when, who,
// note, hash, and the live links to each; with the minutes' state and the
// publication readers are sent to now.
import type { z } from "zod";
import type { versionList } from "@/lib/contracts/versions";
import type { Db } from "@/server/db/client";
import { requireMember } from "../access/meeting-access";
import { readMeetingMinutesState } from "../minutes/meeting-minutes-state";
import { currentOf, publicationSelect, toPublicationSummary, versionSummarySelect } from "./minutes-version-view";

export type VersionList = z.input<typeof versionList>;

export async function listVersions(options: { db: Db; userId: string; meetingId: string; now?: Date }): Promise<VersionList> {
  const { db, meetingId } = options;
  await requireMember(db, meetingId, options.userId);
  const [state, versions, publications] = await Promise.all([
    readMeetingMinutesState(db, meetingId, options.now),
    db.minutesVersion.findMany({ where: { meetingId }, orderBy: { number: "desc" }, select: versionSummarySelect }),
    db.publication.findMany({
      where: { meetingId, revokedAt: null },
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      select: publicationSelect,
    }),
  ]);
  const live = publications.map(toPublicationSummary);
  const current = currentOf(live);
  return {
    state,
    versions: versions.map((version) => ({
      ...version,
      publications: live.filter((publication) => publication.versionNumber === version.number),
      isCurrentPublication: current?.versionNumber === version.number,
    })),
    currentPublication: current,
  };
}
