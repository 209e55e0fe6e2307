// The changes the minutes as stored now propose to tracked items
// (proposed-tracker-changes.ts), for the organizer about to lock: each with
// the item, the field, the values before and after, and who typed it. Read from
// the stored minutes: every edit anyone has seen is stored (the update log
// commits before it passes an update on).
import type { z } from "zod";
import type { proposedChange } from "@/lib/contracts/lock";
import { readMinutes } from "@/lib/editor/read-minutes";
import type { Db } from "@/server/db/client";
import { captureStoredMinutes } from "../minutes/capture-stored-minutes";
import { proposedChanges } from "./proposed-tracker-changes";
import { latestVersionNumber } from "../versions/latest-version-number";
import { requireOrganizer } from "../access/meeting-access";

/** A proposed change as the server builds it; lib/contracts/lock shapes the answer. */
export type ProposedChangeView = z.input<typeof proposedChange>;

export async function listProposedTrackerChanges(options: { db: Db; meetingId: string; userId: string }): Promise<ProposedChangeView[]> {
  const { db, meetingId } = options;
  await requireOrganizer(db, meetingId, options.userId);
  const meeting = await db.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { seriesId: true } });
  if (!meeting.seriesId) return [];
  const captured = await captureStoredMinutes({ db, meetingId });
  const reading = readMinutes(captured.json);
  // As the next lock would: against the newest version.
  const versionNumber = ((await latestVersionNumber(db, meetingId)) ?? 0) + 1;
  const { changes } = await proposedChanges(db, { seriesId: meeting.seriesId, meetingId, reading, yjsState: captured.yjsState, versionNumber });
  const proposerIds = [...new Set(changes.flatMap((change) => (change.proposedById ? [change.proposedById] : [])))];
  const users = await db.user.findMany({ where: { id: { in: proposerIds } }, select: { id: true, name: true } });
  const names = new Map(users.map((user) => [user.id, user]));
  return changes.map((change) => ({
    key: change.key,
    itemId: change.itemId,
    itemText: change.itemText,
    meeting: { title: change.meeting.title, startsAt: change.meeting.startsAt },
    carried: change.carried,
    field: change.field,
    from: change.from,
    to: change.to,
    proposedBy: change.proposedById ? (names.get(change.proposedById) ?? null) : null,
  }));
}
