// The tracker of a series: its tracked items across all its meetings, for any
// member of one of them, filtered by status, category, responsible body,
// meeting and overdue, in the order they were routed or by due date; with
// each item's history on request (the tracker page shows it).
import type { z } from "zod";
import type { trackerList } from "@/lib/contracts/tracker";
import type { Locale } from "@/lib/i18n/locales";
import type { TrackerFilter } from "@/lib/validation/tracker";
import type { Db } from "@/server/db/client";
import { requireSeriesAccess } from "../access/series-access";
import { categoryNames, histories, tehranDay, trackedItemInclude, trackedItemView } from "./tracked-item-view";

/** The list as the server builds it (Dates); lib/contracts/tracker shapes the answer. */
export type TrackerList = z.input<typeof trackerList>;

export async function listTrackerItems(options: {
  db: Db;
  userId: string;
  seriesId: string;
  filter: TrackerFilter;
  locale?: Locale;
  now?: Date;
  withHistory?: boolean;
}): Promise<TrackerList> {
  const { db, seriesId, filter } = options;
  await requireSeriesAccess(db, seriesId, options.userId);
  const today = tehranDay(options.now ?? new Date());
  const statusWhere =
    filter.status === "open"
      ? { status: { notIn: ["closed", "withdrawn"] } }
      : filter.status
        ? { status: filter.status }
        : {};
  const [series, stored, categories] = await Promise.all([
    db.series.findUniqueOrThrow({ where: { id: seriesId }, select: { id: true, title: true } }),
    db.trackedItem.findMany({
      where: {
        seriesId,
        ...statusWhere,
        ...(filter.category ? { categoryId: filter.category } : {}),
        ...(filter.body ? { responsibleBodyId: filter.body } : {}),
        ...(filter.meeting ? { meetingId: filter.meeting } : {}),
      },
      include: trackedItemInclude,
      orderBy: [{ meeting: { startsAt: "asc" } }, { createdAt: "asc" }, { id: "asc" }],
    }),
    categoryNames(db, seriesId),
  ]);
  const items = stored
    .map((item) => trackedItemView(item, { locale: options.locale ?? "fa", today, categories }))
    .filter((item) => filter.overdue === undefined || item.overdue === filter.overdue);
  if (filter.sort === "due") {
    // Soonest first; items without a due date last, in their routed order.
    items.sort((a, b) => (a.due === b.due ? 0 : a.due === null ? 1 : b.due === null ? -1 : a.due < b.due ? -1 : 1));
  }
  if (options.withHistory) {
    const byItem = await histories(db, items.map((item) => item.id));
    for (const item of items) item.history = byItem.get(item.id) ?? [];
  }
  return { series, items };
}
