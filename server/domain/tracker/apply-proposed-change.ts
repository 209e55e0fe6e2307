// Applies one change of the minutes the organizer accepted at a lock
// (proposed-tracker-changes.ts), with its entry in the item's history, only
// if the item still holds the value the change was proposed against
// (compare-and-set): one changed meanwhile, through the tracker or another
// lock, keeps its value and the change is reported as not applied.
import { toTrackerStatus } from "@/lib/tracker-status";
import type { ProposedChange } from "./proposed-tracker-changes";
import { findOrCreateBody } from "./responsible-body-lookup";
import type { Tx } from "@/server/db/transaction";

/** True when the change was applied. */
export async function applyProposedChange(
  tx: Tx,
  change: ProposedChange,
  options: { seriesId: string; versionNumber: number; acceptedBy: string; note: string },
): Promise<boolean> {
  const { count } = await tx.trackedItem.updateMany({ where: { id: change.itemId, ...expected(change) }, data: await newValue(tx, change, options) });
  if (count !== 1) return false;
  const current = toTrackerStatus((await tx.trackedItem.findUniqueOrThrow({ where: { id: change.itemId }, select: { status: true } })).status);
  const status = change.field === "status" ? { fromStatus: toTrackerStatus(change.from), toStatus: current } : { fromStatus: current, toStatus: current };
  await tx.trackedItemEvent.create({
    data: {
      itemId: change.itemId,
      userId: options.acceptedBy,
      proposedById: change.proposedById,
      versionNumber: options.versionNumber,
      note: options.note,
      field: change.field,
      ...status,
      ...(change.field === "status" ? {} : { fromValue: change.from, toValue: change.to }),
    },
  });
  return true;
}

/** What the item must hold for the change to apply. */
function expected(change: ProposedChange) {
  switch (change.field) {
    case "status":
      return { status: change.from };
    case "due":
      return { due: change.from || null };
    case "responsibleBody":
      return change.from ? { responsibleBody: { is: { name: change.from } } } : { responsibleBodyId: null };
    case "text":
      return { text: change.from };
    case "category":
      return { categoryId: change.categoryIds?.from ?? null };
  }
}

async function newValue(tx: Tx, change: ProposedChange, options: { seriesId: string; versionNumber: number }) {
  switch (change.field) {
    case "status": {
      const to = toTrackerStatus(change.to);
      // Withdrawn by the minutes in this version; back, no longer withdrawn.
      return { status: to, withdrawnInVersion: to === "withdrawn" ? options.versionNumber : null };
    }
    case "due":
      return { due: change.to || null };
    case "responsibleBody":
      return { responsibleBodyId: await findOrCreateBody(tx, options.seriesId, change.to) };
    case "text":
      return { text: change.to };
    case "category":
      return { categoryId: change.categoryIds?.to ?? null };
  }
}
