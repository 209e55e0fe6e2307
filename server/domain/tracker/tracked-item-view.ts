// A tracked item as the tracker's routes answer it: where it came from (with
// a link to its place in that version's report), its body, its due date in
// Jalali as well, whether it is overdue, and optionally its history.
import type { z } from "zod";
import type { trackedItem, trackedItemEvent, trackedItemWithHistory } from "@/lib/contracts/tracker";
import { blockAnchor } from "@/lib/editor/block-id";
import { jalaliDueText } from "@/lib/editor/due-date";
import type { Locale } from "@/lib/i18n/locales";
import { DEFAULT_TIME_ZONE } from "@/lib/jalali-date";
import { TRACKED_FIELDS, TRACKED_KINDS, toTrackerStatus } from "@/lib/tracker-status";
import type { Tx } from "@/server/db/transaction";

/** An item as the server builds it (Dates); lib/contracts/tracker shapes the answer. */
export type TrackedItemView = z.input<typeof trackedItem>;
export type TrackedItemWithHistoryView = z.input<typeof trackedItemWithHistory>;
type TrackedItemEventView = z.input<typeof trackedItemEvent>;

export const trackedItemInclude = {
  meeting: { select: { id: true, title: true, startsAt: true } },
  responsibleBody: { select: { id: true, name: true } },
} as const;

interface StoredItem {
  id: string;
  seriesId: string;
  meeting: { id: string; title: string; startsAt: Date };
  versionNumber: number;
  sourceBlockId: string;
  kind: string;
  text: string;
  categoryId: string | null;
  responsibleBody: { id: string; name: string } | null;
  due: string | null;
  status: string;
  withdrawnInVersion: number | null;
}

/** The ISO day of an instant on Tehran's calendar (Gregorian). */
export function tehranDay(instant: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: DEFAULT_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
}

/** Past its due day and still waiting on the body (not answered, closed or withdrawn). */
export function isOverdue(item: { due: string | null; status: string }, today: string): boolean {
  const waiting = item.status === "routed" || item.status === "acknowledged" || item.status === "in_progress";
  return waiting && item.due !== null && item.due < today;
}

export function trackedItemView(
  item: StoredItem,
  options: { locale: Locale; today: string; categories: ReadonlyMap<string, string> },
): TrackedItemView {
  const categoryName = item.categoryId ? options.categories.get(item.categoryId) : undefined;
  return {
    id: item.id,
    seriesId: item.seriesId,
    meeting: { id: item.meeting.id, title: item.meeting.title, startsAt: item.meeting.startsAt },
    versionNumber: item.versionNumber,
    sourceBlockId: item.sourceBlockId,
    link: `/meetings/${item.meeting.id}/versions/${item.versionNumber}#${encodeURIComponent(blockAnchor(item.sourceBlockId))}`,
    kind: TRACKED_KINDS.find((kind) => kind === item.kind) ?? "followUp",
    text: item.text,
    category: item.categoryId && categoryName !== undefined ? { id: item.categoryId, name: categoryName } : null,
    responsibleBody: item.responsibleBody,
    due: item.due,
    dueJalali: jalaliDueText(item.due, options.locale),
    overdue: isOverdue(item, options.today),
    status: toTrackerStatus(item.status),
    withdrawnInVersion: item.withdrawnInVersion,
  };
}

/** The series' category names by id, removed ones included (old items name them). */
export async function categoryNames(tx: Tx, seriesId: string): Promise<Map<string, string>> {
  const categories = await tx.proposalCategory.findMany({ where: { seriesId }, select: { id: true, name: true } });
  return new Map(categories.map((category) => [category.id, category.name]));
}

export async function itemHistory(tx: Tx, itemId: string): Promise<TrackedItemEventView[]> {
  return (await histories(tx, [itemId])).get(itemId) ?? [];
}

/** The histories of several items in one query, oldest change first, by item id. */
export async function histories(tx: Tx, itemIds: readonly string[]): Promise<Map<string, TrackedItemEventView[]>> {
  const events = await tx.trackedItemEvent.findMany({
    where: { itemId: { in: [...itemIds] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { user: { select: { id: true, name: true } }, proposedBy: { select: { id: true, name: true } } },
  });
  const byItem = new Map<string, TrackedItemEventView[]>();
  for (const event of events) {
    const list = byItem.get(event.itemId) ?? [];
    list.push(eventView(event));
    byItem.set(event.itemId, list);
  }
  return byItem;
}

function eventView(event: {
  id: string;
  user: { id: string; name: string } | null;
  proposedBy: { id: string; name: string } | null;
  field: string;
  fromValue: string;
  toValue: string;
  createdAt: Date;
  fromStatus: string | null;
  toStatus: string;
  note: string;
  evidence: string;
  evidenceLink: string;
  versionNumber: number | null;
}): TrackedItemEventView {
  return {
    id: event.id,
    by: event.user,
    proposedBy: event.proposedBy,
    field: TRACKED_FIELDS.find((field) => field === event.field) ?? "status",
    fromValue: event.fromValue,
    toValue: event.toValue,
    at: event.createdAt,
    from: event.fromStatus === null ? null : toTrackerStatus(event.fromStatus),
    to: toTrackerStatus(event.toStatus),
    note: event.note,
    evidence: event.evidence,
    evidenceLink: event.evidenceLink,
    versionNumber: event.versionNumber,
  };
}
