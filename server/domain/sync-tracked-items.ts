// Locking the minutes routes their follow-ups, and the proposals marked to
// follow up, into the series' tracker: inside the lock's transaction, each
// block becomes or updates the tracked item with its stable id; an item whose
// block left the minutes is withdrawn in this version, never deleted. The
// minutes' status of a follow-up sets the tracker's only when the item is new:
// after that the tracker's status is the organizer's, and so are the due date
// and body of an item already tracked. What the minutes change there (in the
// carry-over section, earlier meetings' items by their tracked item's id; or
// this meeting's own follow-ups since the last version) is a proposal, applied
// only when the organizer accepted it at this lock (proposed-tracker-changes.ts).
// A due date before the meeting refuses the whole lock (refuseDueBeforeMeeting).
import { formatInteger } from "../../lib/i18n/numbers";
import type { MinutesReading } from "../../lib/editor/read-minutes";
import { translate } from "../../lib/i18n/translate";
import {
  isTrackerStatus,
  statusFromMinutes,
  type TrackedKind,
  type TrackerStatus,
} from "../../lib/tracker-status";
import { refuseDueBeforeMeeting } from "./due-before-meeting";
import { applyProposedChange, proposedChanges } from "./proposed-tracker-changes";
import { findOrCreateBody } from "./responsible-body-lookup";
import { tehranDay } from "./tracked-item-view";
import type { Tx } from "../db/transaction";

interface Block {
  id: string;
  kind: TrackedKind;
  text: string;
  categoryId: string | null;
  responsibleBody: string;
  due: string | null;
  minutesStatus: string;
}

/** The blocks to track, each id once (the first block wins). */
export function trackedBlocks(reading: MinutesReading): Block[] {
  const blocks: Block[] = [
    ...reading.followUps.map((item) => ({
      id: item.id,
      kind: "followUp" as const,
      text: item.text,
      categoryId: null,
      responsibleBody: item.responsibleBody,
      due: item.due,
      minutesStatus: item.status,
    })),
    ...reading.proposals
      .filter((proposal) => proposal.followUp)
      .map((proposal) => ({
        id: proposal.id,
        kind: "proposal" as const,
        text: proposal.text,
        categoryId: proposal.categoryId,
        responsibleBody: "",
        due: null,
        minutesStatus: "open",
      })),
  ];
  const seen = new Set<string>();
  return blocks.filter((block) => {
    if (!block.id || seen.has(block.id)) return false;
    seen.add(block.id);
    return true;
  });
}

export interface SyncSummary {
  created: number;
  updated: number;
  withdrawn: number;
  /** Changes to earlier meetings' items the carry-over section proposed, and
   * of them those accepted (and applied). */
  proposed: number;
  carried: number;
}

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
  const summary: SyncSummary = { created: 0, updated: 0, withdrawn: 0, proposed: 0, carried: 0 };
  const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { seriesId: true, title: true, startsAt: true } });
  // The tracker is the series': a meeting outside any series has none.
  const seriesId = meeting.seriesId;
  if (!seriesId) return summary;
  const existing = new Map(
    (await tx.trackedItem.findMany({ where: { meetingId }, select: { id: true, sourceBlockId: true, status: true, withdrawnInVersion: true } })).map(
      (item) => [item.sourceBlockId, item],
    ),
  );
  const { carried, changes: proposed } = await proposedChanges(tx, {
    seriesId,
    meetingId,
    reading: options.reading,
    yjsState: options.carried.yjsState,
    versionNumber,
  });
  const carriedIds = new Set(carried.map(({ item }) => item.id));
  const accepted = proposed.filter((change) => options.carried.accept.has(change.key));
  const blocks = trackedBlocks(options.reading).filter((block) => !(block.kind === "followUp" && carriedIds.has(block.id)));
  // Before anything is written. A new item's date counts; one already tracked
  // only when its change is accepted, a carried one against the meeting it
  // came from: it may well be overdue by now.
  const meetingDay = tehranDay(meeting.startsAt);
  refuseDueBeforeMeeting([
    // An item already tracked keeps its date unless a change to it is accepted.
    ...blocks.filter((block) => !existing.has(block.id)).map((block) => ({ id: block.id, due: block.due, meetingDay })),
    ...accepted
      .filter((change) => change.field === "due")
      .map((change) => ({ id: change.itemId, due: change.to || null, meetingDay: tehranDay(change.meeting.startsAt) })),
  ]);
  // Stored with the item's history in the users' language, digits included.
  const note = translate("fa", "tracker.carriedFrom", { meeting: meeting.title, version: formatInteger(versionNumber, "fa") });
  for (const change of accepted) await applyProposedChange(tx, change, { seriesId, versionNumber, acceptedBy: userId, note });
  summary.proposed = proposed.length;
  summary.carried = accepted.length;
  for (const block of blocks) {
    // The text is the minutes'; the due date and body only route a new item.
    const fields = { versionNumber, kind: block.kind, text: block.text, categoryId: block.categoryId };
    const item = existing.get(block.id);
    if (!item) {
      const status = statusFromMinutes(block.minutesStatus);
      await tx.trackedItem.create({
        data: {
          ...fields,
          due: block.due,
          // A proposal names no body in the minutes: the organizer assigns one.
          ...(block.kind === "followUp" ? { responsibleBodyId: await findOrCreateBody(tx, seriesId, block.responsibleBody) } : {}),
          seriesId,
          meetingId,
          sourceBlockId: block.id,
          status,
          events: { create: { userId, fromStatus: null, toStatus: status, versionNumber } },
        },
      });
      summary.created += 1;
    } else if (item.status === "withdrawn" && item.withdrawnInVersion !== null) {
      // Back in the minutes it had left: where it stood before. (One the
      // organizer withdrew stays withdrawn.)
      const status = await statusBeforeWithdrawal(tx, item.id);
      await tx.trackedItem.update({
        where: { id: item.id },
        data: {
          ...fields,
          status,
          withdrawnInVersion: null,
          events: { create: { userId, fromStatus: "withdrawn", toStatus: status, versionNumber } },
        },
      });
      summary.updated += 1;
    } else {
      await tx.trackedItem.update({ where: { id: item.id }, data: fields });
      summary.updated += 1;
    }
  }
  const present = new Set(blocks.map((block) => block.id));
  for (const item of existing.values()) {
    if (present.has(item.sourceBlockId) || item.status === "withdrawn") continue;
    await tx.trackedItem.update({
      where: { id: item.id },
      data: {
        status: "withdrawn",
        withdrawnInVersion: versionNumber,
        events: { create: { userId, fromStatus: item.status, toStatus: "withdrawn", versionNumber } },
      },
    });
    summary.withdrawn += 1;
  }
  return summary;
}

async function statusBeforeWithdrawal(tx: Tx, itemId: string): Promise<TrackerStatus> {
  const event = await tx.trackedItemEvent.findFirst({
    where: { itemId, field: "status", toStatus: "withdrawn" },
    orderBy: { createdAt: "desc" },
    select: { fromStatus: true },
  });
  const status = event?.fromStatus ?? "routed";
  return isTrackerStatus(status) && status !== "withdrawn" ? status : "routed";
}
