// What the minutes propose to change in tracked items that already exist:
// - an earlier meeting's item, through its follow-up in the carry-over section
//   (by the tracked item's id): its status, due date or body;
// - one of this meeting's own follow-ups, tracked since an earlier version:
//   its due date or body, changed in the minutes since the last version.
// A change is proposed where the minutes' value differs from the tracker's and
// a signed-in person typed it (follow-up-authors.ts). The tracker belongs to
// the organizer: a change is applied only when the organizer accepts it at the
// lock, and goes into the item's history as "proposed by X in the minutes,
// accepted by Y". A value nobody typed (the carry-over as it was prepared,
// before the tracker changed) proposes nothing.
import { createHash } from "node:crypto";
import type { JSONContent } from "@tiptap/core";
import { meetingDocName } from "../../lib/collab-protocol";
import { readMinutes, type FollowUpItem, type MinutesReading } from "../../lib/editor/read-minutes";
import { parseIsoDay } from "../../lib/editor/due-date";
import { minutesStatusOf, statusFromMinutes, toTrackerStatus } from "../../lib/tracker-status";
import { followUpAuthors, type BlockAuthors, type CarriedField, type FieldAuthor } from "./follow-up-authors";
import { findOrCreateBody, responsibleBodyKey } from "./responsible-body-lookup";
import type { Tx } from "../db/transaction";

export interface ProposedChange {
  /** Stands for this exact change (item, field, from, to): what the organizer accepts. */
  key: string;
  itemId: string;
  itemText: string;
  /** The meeting the item came from (this one for its own follow-ups). */
  meeting: { title: string; startsAt: Date };
  /** An earlier meeting's item (carried), or this meeting's own. */
  carried: boolean;
  field: CarriedField;
  /** Status: a tracker status; due: an ISO day or ""; body: its name or "". */
  from: string;
  to: string;
  /** Who typed it; null when the value was removed (who removed it is not recorded). */
  proposedById: string | null;
}

export interface CarriedItem {
  item: {
    id: string;
    text: string;
    status: string;
    due: string | null;
    responsibleBody: { name: string } | null;
    meeting: { title: string; startsAt: Date };
  };
  block: FollowUpItem;
}

const itemSelect = {
  id: true,
  text: true,
  status: true,
  due: true,
  responsibleBody: { select: { name: true } },
  meeting: { select: { title: true, startsAt: true } },
} as const;

/** The follow-ups of the carry-over section that are earlier meetings' items of the series. */
async function carriedItems(
  tx: Tx,
  options: { seriesId: string; meetingId: string; reading: MinutesReading },
): Promise<CarriedItem[]> {
  const sections = new Set(options.reading.sections.filter((section) => section.kind === "carryOver").map((section) => section.id));
  const blocks = options.reading.followUps.filter((block) => block.id && block.sectionId !== null && sections.has(block.sectionId));
  if (blocks.length === 0) return [];
  const items = await tx.trackedItem.findMany({
    where: { id: { in: blocks.map((block) => block.id) }, seriesId: options.seriesId, meetingId: { not: options.meetingId } },
    select: itemSelect,
  });
  const byId = new Map(items.map((item) => [item.id, item]));
  const seen = new Set<string>();
  return blocks.flatMap((block) => {
    const item = byId.get(block.id);
    if (!item || seen.has(item.id)) return [];
    seen.add(item.id);
    return [{ item, block }];
  });
}

/** The carried follow-ups of a meeting's minutes (as held by `yjsState`, read
 * as `reading`), and the changes the minutes propose to tracked items: the
 * carried ones', then the meeting's own. `versionNumber` is the version being
 * locked: the own follow-ups are compared with the version before it. */
export async function proposedChanges(
  tx: Tx,
  options: { seriesId: string; meetingId: string; reading: MinutesReading; yjsState: Uint8Array; versionNumber: number },
): Promise<{ carried: CarriedItem[]; changes: ProposedChange[] }> {
  const carried = await carriedItems(tx, options);
  const own = await ownChangedItems(tx, options, new Set(carried.map(({ item }) => item.id)));
  if (carried.length === 0 && own.length === 0) return { carried, changes: [] };
  const authors = await followUpAuthors(tx, meetingDocName(options.meetingId), options.yjsState);
  return {
    carried,
    changes: [...itemChanges(carried, authors.carried, { carried: true }), ...itemChanges(own, authors.own, { carried: false })],
  };
}

/** This meeting's follow-ups tracked since an earlier version whose due date
 * or body the minutes changed since the version before `versionNumber`. */
async function ownChangedItems(
  tx: Tx,
  options: { meetingId: string; reading: MinutesReading; versionNumber: number },
  carriedIds: ReadonlySet<string>,
): Promise<CarriedItem[]> {
  const previous = await tx.minutesVersion.findFirst({
    where: { meetingId: options.meetingId, number: { lt: options.versionNumber } },
    orderBy: { number: "desc" },
    select: { content: true },
  });
  if (!previous) return [];
  const before = firstById(readMinutes(JSON.parse(previous.content) as JSONContent).followUps);
  const now = firstById(options.reading.followUps.filter((block) => !carriedIds.has(block.id)));
  const changed = [...now.values()].filter((block) => {
    const was = before.get(block.id);
    return !was || was.due !== block.due || responsibleBodyKey(was.responsibleBody) !== responsibleBodyKey(block.responsibleBody);
  });
  if (changed.length === 0) return [];
  const items = await tx.trackedItem.findMany({
    where: { meetingId: options.meetingId, kind: "followUp", sourceBlockId: { in: changed.map((block) => block.id) } },
    select: { ...itemSelect, sourceBlockId: true },
  });
  const bySource = new Map(items.map((item) => [item.sourceBlockId, item]));
  // The status of the meeting's own items is the tracker's alone once tracked.
  return changed.flatMap((block) => {
    const item = bySource.get(block.id);
    return item ? [{ item, block: { ...block, status: minutesStatusOf(toTrackerStatus(item.status)) } }] : [];
  });
}

function firstById(blocks: readonly FollowUpItem[]): Map<string, FollowUpItem> {
  const out = new Map<string, FollowUpItem>();
  for (const block of blocks) if (block.id && !out.has(block.id)) out.set(block.id, block);
  return out;
}

/** The changes the follow-ups propose, item by item in the minutes' order,
 * each item's status first, then its due date, then its body. Blocks are
 * looked up in `authors` by their own id. */
function itemChanges(items: readonly CarriedItem[], authors: BlockAuthors, options: { carried: boolean }): ProposedChange[] {
  return items.flatMap(({ item, block }) => {
    const typed = authors.get(block.id);
    const changes: ProposedChange[] = [];
    const add = (field: CarriedField, from: string, to: string): void => {
      const proposer = proposerOf(typed?.[field] ?? null);
      if (proposer === undefined) return;
      changes.push({
        key: changeKey(item.id, field, from, to),
        itemId: item.id,
        itemText: item.text,
        meeting: item.meeting,
        carried: options.carried,
        field,
        from,
        to,
        proposedById: proposer,
      });
    };
    const status = toTrackerStatus(item.status);
    if (status !== "withdrawn" && block.status !== minutesStatusOf(status)) {
      const to = statusFromMinutes(block.status);
      if (to !== status) add("status", status, to);
    }
    if (block.due !== item.due && (block.due === null || parseIsoDay(block.due))) add("due", item.due ?? "", block.due ?? "");
    const body = item.responsibleBody?.name ?? "";
    if (responsibleBodyKey(block.responsibleBody) !== responsibleBodyKey(body)) add("responsibleBody", body, block.responsibleBody);
    return changes;
  });
}

/** Who proposes a value: the user who typed it, null for a removal, undefined
 * when nobody typed it (it proposes nothing). */
function proposerOf(author: FieldAuthor): string | null | undefined {
  if (author === null) return undefined;
  return "typedBy" in author ? author.typedBy : null;
}

function changeKey(itemId: string, field: CarriedField, from: string, to: string): string {
  return createHash("sha256").update(JSON.stringify([itemId, field, from, to]), "utf8").digest("hex").slice(0, 32);
}

/** Applies one accepted change, with its entry in the item's history. */
export async function applyProposedChange(
  tx: Tx,
  change: ProposedChange,
  options: { seriesId: string; versionNumber: number; acceptedBy: string; note: string },
): Promise<void> {
  const current = await tx.trackedItem.findUniqueOrThrow({ where: { id: change.itemId }, select: { status: true } });
  const status = toTrackerStatus(current.status);
  const event = {
    userId: options.acceptedBy,
    proposedById: change.proposedById,
    versionNumber: options.versionNumber,
    note: options.note,
    field: change.field,
  };
  if (change.field === "status") {
    const to = toTrackerStatus(change.to);
    await tx.trackedItem.update({
      where: { id: change.itemId },
      data: { status: to, events: { create: { ...event, fromStatus: status, toStatus: to } } },
    });
    return;
  }
  const values = { fromStatus: status, toStatus: status, fromValue: change.from, toValue: change.to };
  const data =
    change.field === "due"
      ? { due: change.to || null }
      : { responsibleBodyId: await findOrCreateBody(tx, options.seriesId, change.to) };
  await tx.trackedItem.update({ where: { id: change.itemId }, data: { ...data, events: { create: { ...event, ...values } } } });
}
