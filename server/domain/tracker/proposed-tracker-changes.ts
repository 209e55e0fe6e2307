// What the minutes propose to change in tracked items that already exist:
// - an earlier meeting's item, through its follow-up in the carry-over section
//   (by the tracked item's id): its status, due date or body;
// - one of this meeting's own tracked items: its text, its category (a
//   proposal's), its due date or body (a follow-up's, changed in the minutes
//   since the last version), its withdrawal (its block left the minutes, or
//   stopped being followed up) or its return (back in the minutes).
// The tracker belongs to the organizer: a change is applied only when the
// organizer accepts it at the lock (apply-proposed-change.ts), and goes into
// the item's history as "proposed by X in the minutes, accepted by Y" (X from
// block-authors.ts: who typed the value; unknown for a removal). A carried or
// due/body value nobody typed (the minutes as they were prepared) proposes
// nothing. A new item is the minutes' own record and is tracked at the lock.
import { createHash } from "node:crypto";
import type { JSONContent } from "@tiptap/core";
import { meetingDocName } from "@/lib/collab-protocol";
import { readMinutes, type MinutesReading } from "@/lib/editor/read-minutes";
import { parseIsoDay } from "@/lib/editor/due-date";
import { isTrackerStatus, minutesStatusSays, readMinutesStatus, toTrackerStatus, type TrackedField, type TrackerStatus } from "@/lib/tracker-status";
import { minutesAuthors, type FieldAuthor } from "./block-authors";
import { responsibleBodyKey } from "./responsible-body-lookup";
import { firstOfEachId, holdsTrackableBlocks, namesBodyAndDue, trackableBlocks, type TrackedBlock } from "./tracked-blocks";
import type { Tx } from "@/server/db/transaction";

/** What the minutes may change in an item: any field its history records. */
export type ProposedField = TrackedField;

export interface ProposedChange {
  /** Stands for this exact change (item, field, from, to): what the organizer accepts. */
  key: string;
  itemId: string;
  itemText: string;
  /** The meeting the item came from (this one for its own items). */
  meeting: { title: string; startsAt: Date };
  /** An earlier meeting's item (carried), or this meeting's own. */
  carried: boolean;
  field: ProposedField;
  /** Status: a tracker status; due: an ISO day or ""; body, category: a name or ""; text: the text. */
  from: string;
  to: string;
  /** For a category, the ids behind the names (null for none). */
  categoryIds: { from: string | null; to: string | null } | null;
  /** Who typed it; null when not known (a removal, or typed before authors were recorded). */
  proposedById: string | null;
}

interface Item {
  id: string;
  text: string;
  status: string;
  due: string | null;
  categoryId: string | null;
  sourceBlockId: string;
  withdrawnInVersion: number | null;
  responsibleBody: { name: string } | null;
  meeting: { title: string; startsAt: Date };
}

const itemSelect = {
  id: true,
  text: true,
  status: true,
  due: true,
  categoryId: true,
  sourceBlockId: true,
  withdrawnInVersion: true,
  responsibleBody: { select: { name: true } },
  meeting: { select: { title: true, startsAt: true } },
} as const;

/** The changes the minutes (as held by `yjsState`, read as `reading`) propose
 * to tracked items, the carried ones' first; the ids of the carried items; and
 * the meeting's own blocks to track. `versionNumber` is the version being locked. */
export async function proposedChanges(
  tx: Tx,
  options: { seriesId: string; meetingId: string; reading: MinutesReading; yjsState: Uint8Array; versionNumber: number },
): Promise<{ carriedIds: Set<string>; own: TrackedBlock[]; changes: ProposedChange[] }> {
  // Who typed what is read only when some block could propose a change by it.
  const authors = holdsTrackableBlocks(options.reading) ? await minutesAuthors(tx, meetingDocName(options.meetingId), options.yjsState) : null;
  const blocks = trackableBlocks(options.reading, authors);
  const carried = await carriedItems(tx, options, blocks);
  const carriedIds = new Set(carried.map(({ item }) => item.id));
  const own = firstOfEachId(blocks).filter((block) => !(block.kind === "followUp" && carriedIds.has(block.id)));
  const changes = carried.flatMap(({ item, block }) => carriedChanges(item, block));
  return { carriedIds, own, changes: [...changes, ...(await ownChanges(tx, options, own))] };
}

/** The follow-ups of the carry-over section that are earlier meetings' items of the series. */
async function carriedItems(
  tx: Tx,
  options: { seriesId: string; meetingId: string; reading: MinutesReading },
  blocks: readonly TrackedBlock[],
): Promise<Array<{ item: Item; block: TrackedBlock }>> {
  const sections = new Set(options.reading.sections.filter((section) => section.kind === "carryOver").map((section) => section.id));
  const inCarryOver = blocks.filter((block) => block.kind === "followUp" && block.id && block.sectionId !== null && sections.has(block.sectionId));
  if (inCarryOver.length === 0) return [];
  const items = await tx.trackedItem.findMany({
    where: { id: { in: inCarryOver.map((block) => block.id) }, seriesId: options.seriesId, meetingId: { not: options.meetingId } },
    select: itemSelect,
  });
  const byId = new Map(items.map((item) => [item.id, item]));
  const seen = new Set<string>();
  return inCarryOver.flatMap((block) => {
    const item = byId.get(block.id);
    if (!item || seen.has(item.id)) return [];
    seen.add(item.id);
    return [{ item, block }];
  });
}

function carriedChanges(item: Item, block: TrackedBlock): ProposedChange[] {
  const changes: ProposedChange[] = [];
  const status = toTrackerStatus(item.status);
  if (status !== "withdrawn" && !minutesStatusSays(block.minutesStatus, status)) {
    const to = readMinutesStatus(block.minutesStatus);
    if (to !== status) changes.push(...typedChange(item, block, "status", status, to, { carried: true }));
  }
  changes.push(...dueAndBodyChanges(item, block, { carried: true, due: true, body: true }));
  return changes;
}

/** The due date and body the block proposes, of those asked for. */
function dueAndBodyChanges(item: Item, block: TrackedBlock, options: { carried: boolean; due: boolean; body: boolean }): ProposedChange[] {
  const changes: ProposedChange[] = [];
  if (options.due && block.due !== item.due && (block.due === null || parseIsoDay(block.due))) {
    changes.push(...typedChange(item, block, "due", item.due ?? "", block.due ?? "", options));
  }
  const body = item.responsibleBody?.name ?? "";
  if (options.body && responsibleBodyKey(block.responsibleBody) !== responsibleBodyKey(body)) {
    changes.push(...typedChange(item, block, "responsibleBody", body, block.responsibleBody, options));
  }
  return changes;
}

/** A change to a field whose value someone typed: none when nobody did. */
function typedChange(
  item: Item,
  block: TrackedBlock,
  field: "status" | "due" | "responsibleBody",
  from: string,
  to: string,
  options: { carried: boolean },
): ProposedChange[] {
  const proposer = proposerOf(block.authors?.attribute(field) ?? null);
  return proposer === undefined ? [] : [change(item, field, from, to, { ...options, proposedById: proposer })];
}

/** Who proposes a value: the user who typed it, null for a removal, undefined
 * when nobody typed it (it proposes nothing). */
function proposerOf(author: FieldAuthor): string | null | undefined {
  if (author === null) return undefined;
  return "typedBy" in author ? author.typedBy : null;
}

/** This meeting's own tracked items: what the minutes changed in them. */
async function ownChanges(
  tx: Tx,
  options: { meetingId: string; versionNumber: number },
  blocks: readonly TrackedBlock[],
): Promise<ProposedChange[]> {
  const items = await tx.trackedItem.findMany({ where: { meetingId: options.meetingId }, select: itemSelect });
  if (items.length === 0) return [];
  const bySource = new Map(items.map((item) => [item.sourceBlockId, item]));
  const before = await previousFollowUps(tx, options);
  const names = await categoryNames(tx, items, blocks);
  const own = { carried: false } as const;
  const changes: ProposedChange[] = [];
  for (const block of blocks) {
    const item = bySource.get(block.id);
    if (!item) continue;
    if (item.status === "withdrawn" && item.withdrawnInVersion !== null) {
      const back = await statusBeforeWithdrawal(tx, item.id);
      changes.push(change(item, "status", "withdrawn", back, { ...own, proposedById: block.authors?.madeBy ?? null }));
    }
    if (block.text !== item.text) changes.push(change(item, "text", item.text, block.text, { ...own, proposedById: block.authors?.textBy ?? null }));
    if (block.kind === "proposal" && block.categoryId !== item.categoryId) {
      const categoryIds = { from: item.categoryId, to: block.categoryId };
      const typed = block.authors?.attribute("categoryId") ?? null;
      const proposedById = typed !== null && "typedBy" in typed ? typed.typedBy : null;
      changes.push(change(item, "category", names(item.categoryId), names(block.categoryId), { ...own, proposedById, categoryIds }));
    }
    // Each field only where the minutes changed it since the last version: the
    // tracker's own value (the organizer's) is not undone by the minutes' older one.
    const was = before.get(block.id);
    const due = !was || was.due !== block.due;
    const body = !was || responsibleBodyKey(was.responsibleBody) !== responsibleBodyKey(block.responsibleBody);
    if (namesBodyAndDue(block.kind)) changes.push(...dueAndBodyChanges(item, block, { ...own, due, body }));
  }
  const present = new Set(blocks.map((block) => block.id));
  for (const item of items) {
    if (present.has(item.sourceBlockId) || item.status === "withdrawn") continue;
    changes.push(change(item, "status", toTrackerStatus(item.status), "withdrawn", { ...own, proposedById: null }));
  }
  return changes;
}

/** The follow-ups and resolutions of the version before the one being locked, by id (the first wins). */
async function previousFollowUps(tx: Tx, options: { meetingId: string; versionNumber: number }): Promise<Map<string, { due: string | null; responsibleBody: string }>> {
  const previous = await tx.minutesVersion.findFirst({
    where: { meetingId: options.meetingId, number: { lt: options.versionNumber } },
    orderBy: { number: "desc" },
    select: { content: true },
  });
  const out = new Map<string, { due: string | null; responsibleBody: string }>();
  if (!previous) return out;
  const reading = readMinutes(JSON.parse(previous.content) as JSONContent);
  for (const block of [...reading.followUps, ...reading.resolutions]) if (block.id && !out.has(block.id)) out.set(block.id, block);
  return out;
}

/** The names of the categories the items and blocks name ("" for none, the id for one unknown). */
async function categoryNames(tx: Tx, items: readonly Item[], blocks: readonly TrackedBlock[]): Promise<(id: string | null) => string> {
  const ids = [...items.map((item) => item.categoryId), ...blocks.map((block) => block.categoryId)].filter((id): id is string => id !== null);
  const rows = ids.length === 0 ? [] : await tx.proposalCategory.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true } });
  const byId = new Map(rows.map((row) => [row.id, row.name]));
  return (id) => (id === null ? "" : (byId.get(id) ?? id));
}

/** Where an item the minutes had withdrawn stood before. */
async function statusBeforeWithdrawal(tx: Tx, itemId: string): Promise<TrackerStatus> {
  const event = await tx.trackedItemEvent.findFirst({
    where: { itemId, field: "status", toStatus: "withdrawn" },
    orderBy: { createdAt: "desc" },
    select: { fromStatus: true },
  });
  const status = event?.fromStatus ?? "routed";
  return isTrackerStatus(status) && status !== "withdrawn" ? status : "routed";
}

function change(
  item: Item,
  field: ProposedField,
  from: string,
  to: string,
  options: { carried: boolean; proposedById: string | null; categoryIds?: { from: string | null; to: string | null } },
): ProposedChange {
  const categoryIds = options.categoryIds ?? null;
  return {
    key: createHash("sha256").update(JSON.stringify([item.id, field, from, to, categoryIds]), "utf8").digest("hex").slice(0, 32),
    itemId: item.id,
    itemText: item.text,
    meeting: item.meeting,
    carried: options.carried,
    field,
    from,
    to,
    categoryIds,
    proposedById: options.proposedById,
  };
}
