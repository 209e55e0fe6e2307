// Locking the minutes routes their follow-ups and resolutions, and the proposals marked to
// follow up, into the series' tracker: inside the lock's transaction, each new
// block becomes a tracked item with its stable id, routed by the minutes' due
// date, body and status. After that the item is the organizer's: whatever the
// minutes change in it (its text, category, status, due date or body; its
// withdrawal when its block leaves the minutes, its return) and what the
// carry-over section changes in earlier meetings' items is a proposal,
// applied only when the organizer accepted it at this lock
// (proposed-tracker-changes.ts). An item is never deleted.
// A due date before the meeting refuses the whole lock (refuseDueBeforeMeeting).
import type { z } from "zod";
import type { trackerSync } from "@/lib/contracts/lock";
import { formatInteger } from "@/lib/i18n/numbers";
import type { MinutesReading } from "@/lib/editor/read-minutes";
import { translate } from "@/lib/i18n/translate";
import { readMinutesStatus } from "@/lib/tracker-status";
import { applyProposedChange } from "./apply-proposed-change";
import { refuseDueBeforeMeeting } from "./due-before-meeting";
import { proposedChanges } from "./proposed-tracker-changes";
import { namesBodyAndDue } from "./tracked-blocks";
import { findOrCreateBody } from "./responsible-body-lookup";
import { tehranDay } from "./tracked-item-view";
import type { Tx } from "@/server/db/transaction";

/** What the lock did in the tracker (lib/contracts/lock). */
export type SyncSummary = z.input<typeof trackerSync>;

export interface CarriedDecisions {
  /** The Yjs state being locked: who typed each carried field is read from it. */
  yjsState: Uint8Array;
  /** The keys of the proposed changes the organizer accepted. */
  accept: ReadonlySet<string>;
}

export async function syncTrackedItems(
  tx: Tx,
  options: { meetingId: string; versionNumber: number; reading: MinutesReading; userId: string; carried: CarriedDecisions },
): Promise<SyncSummary> {
  const { meetingId, versionNumber, userId } = options;
  const summary: SyncSummary = { created: 0, proposed: 0, accepted: 0, applied: 0 };
  const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { seriesId: true, title: true, startsAt: true } });
  // The tracker is the series': a meeting outside any series has none.
  const seriesId = meeting.seriesId;
  if (!seriesId) return summary;
  const tracked = new Set((await tx.trackedItem.findMany({ where: { meetingId }, select: { sourceBlockId: true } })).map((item) => item.sourceBlockId));
  const { own, changes } = await proposedChanges(tx, {
    seriesId,
    meetingId,
    reading: options.reading,
    yjsState: options.carried.yjsState,
    versionNumber,
  });
  const accepted = changes.filter((change) => options.carried.accept.has(change.key));
  const fresh = own.filter((block) => !tracked.has(block.id));
  // Before anything is written: a new item's date, and an accepted one (a
  // carried item's against the meeting it came from: it may well be overdue by now).
  const meetingDay = tehranDay(meeting.startsAt);
  refuseDueBeforeMeeting([
    ...fresh.map((block) => ({ id: block.id, due: block.due, meetingDay })),
    ...accepted
      .filter((change) => change.field === "due")
      .map((change) => ({ id: change.itemId, due: change.to || null, meetingDay: tehranDay(change.meeting.startsAt) })),
  ]);
  // Stored with the item's history in the users' language, digits included.
  const note = translate("fa", "tracker.carriedFrom", { meeting: meeting.title, version: formatInteger(versionNumber, "fa") });
  for (const change of accepted) if (await applyProposedChange(tx, change, { seriesId, versionNumber, acceptedBy: userId, note })) summary.applied += 1;
  summary.proposed = changes.length;
  summary.accepted = accepted.length;
  // The latest version that held each: a record of the lock, not a change to the item.
  const held = own.filter((block) => tracked.has(block.id)).map((block) => block.id);
  if (held.length > 0) await tx.trackedItem.updateMany({ where: { meetingId, sourceBlockId: { in: held } }, data: { versionNumber } });
  for (const block of fresh) {
    const status = readMinutesStatus(block.minutesStatus);
    await tx.trackedItem.create({
      data: {
        versionNumber,
        kind: block.kind,
        text: block.text,
        categoryId: block.categoryId,
        due: block.due,
        // A proposal names no body in the minutes: the organizer assigns one.
        ...(namesBodyAndDue(block.kind) ? { responsibleBodyId: await findOrCreateBody(tx, seriesId, block.responsibleBody) } : {}),
        seriesId,
        meetingId,
        sourceBlockId: block.id,
        status,
        events: { create: { userId, fromStatus: null, toStatus: status, versionNumber } },
      },
    });
    summary.created += 1;
  }
  return summary;
}
