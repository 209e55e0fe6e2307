// What the minutes propose to change in earlier meetings' tracked items: the
// follow-ups of the carry-over section (by their tracked item's id) whose
// status, due date or responsible body differ from the tracker's, where a
// signed-in note-taker typed the new value (carry-over-authors.ts). The
// tracker belongs to the organizer: a change is applied only when the
// organizer accepts it at the lock, and goes into the item's history as
// "proposed by X in the minutes, accepted by Y". A value nobody typed (the
// section as it was prepared, before the tracker changed) proposes nothing.
import { createHash } from "node:crypto";
import type { FollowUpItem, MinutesReading } from "../../lib/editor/read-minutes";
import { parseIsoDay } from "../../lib/editor/due-date";
import { minutesStatusOf, statusFromMinutes, toTrackerStatus } from "../../lib/tracker-status";
import { meetingDocName } from "../../lib/collab-protocol";
import { carriedAuthors, type CarriedAuthors, type CarriedField, type FieldAuthor } from "./carry-over-authors";
import { findOrCreateBody, responsibleBodyKey } from "./responsible-body-lookup";
import type { Tx } from "./transaction";

export interface CarriedChange {
  /** Stands for this exact change (item, field, from, to): what the organizer accepts. */
  key: string;
  itemId: string;
  itemText: string;
  /** The meeting the item came from. */
  meeting: { title: string; startsAt: Date };
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

/** The follow-ups of the carry-over section that are earlier meetings' items of the series. */
export async function carriedItems(
  tx: Tx,
  options: { seriesId: string; meetingId: string; reading: MinutesReading },
): Promise<CarriedItem[]> {
  const sections = new Set(options.reading.sections.filter((section) => section.kind === "carryOver").map((section) => section.id));
  const blocks = options.reading.followUps.filter((block) => block.id && block.sectionId !== null && sections.has(block.sectionId));
  if (blocks.length === 0) return [];
  const items = await tx.trackedItem.findMany({
    where: { id: { in: blocks.map((block) => block.id) }, seriesId: options.seriesId, meetingId: { not: options.meetingId } },
    select: {
      id: true,
      text: true,
      status: true,
      due: true,
      responsibleBody: { select: { name: true } },
      meeting: { select: { title: true, startsAt: true } },
    },
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
 * as `reading`) and the changes they propose. */
export async function proposedChanges(
  tx: Tx,
  options: { seriesId: string; meetingId: string; reading: MinutesReading; yjsState: Uint8Array },
): Promise<{ carried: CarriedItem[]; changes: CarriedChange[] }> {
  const carried = await carriedItems(tx, options);
  if (carried.length === 0) return { carried, changes: [] };
  const authors = await carriedAuthors(tx, meetingDocName(options.meetingId), options.yjsState);
  return { carried, changes: carriedChanges(carried, authors) };
}

/** The changes the carried follow-ups propose, item by item in the minutes'
 * order, each item's status first, then its due date, then its body. */
export function carriedChanges(carried: readonly CarriedItem[], authors: CarriedAuthors): CarriedChange[] {
  return carried.flatMap(({ item, block }) => {
    const typed = authors.get(item.id);
    const changes: CarriedChange[] = [];
    const add = (field: CarriedField, from: string, to: string): void => {
      const proposer = proposerOf(typed?.[field] ?? null);
      if (proposer === undefined) return;
      changes.push({ key: changeKey(item.id, field, from, to), itemId: item.id, itemText: item.text, meeting: item.meeting, field, from, to, proposedById: proposer });
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
export async function applyCarriedChange(
  tx: Tx,
  change: CarriedChange,
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
