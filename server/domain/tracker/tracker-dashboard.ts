// The figures of a series' follow-up dashboard: items by status and by
// category, per responsible body the closure rate and the median days from
// routing to closing, and how many items are overdue. All items are every item
// of the series, each counted once under its status (a stored status the
// tracker does not know as routed, as the tracker shows it): the status bars
// add up to them. Withdrawn items count only under their status.
import type { Db } from "@/server/db/client";
import { requireSeriesAccess } from "../access/series-access";
import { categoryNames, isOverdue, tehranDay } from "./tracked-item-view";
import { toTrackerStatus, TRACKER_STATUSES, type TrackerStatus } from "@/lib/tracker-status";

export interface BodyFigures {
  id: string | null;
  name: string;
  total: number;
  closed: number;
  /** closed / total of its items not withdrawn, 0..1. */
  closureRate: number;
  /** Median days from routing to closing of its closed items; null when none closed. */
  medianDaysToClose: number | null;
}

export interface TrackerDashboard {
  series: { id: string; title: string };
  total: number;
  overdue: number;
  byStatus: Array<{ status: TrackerStatus; count: number }>;
  byCategory: Array<{ id: string | null; name: string; count: number }>;
  byBody: BodyFigures[];
}

const DAY_MS = 86_400_000;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return Math.round(value * 10) / 10;
}

export async function trackerDashboard(options: { db: Db; userId: string; seriesId: string; now?: Date }): Promise<TrackerDashboard> {
  const { db, seriesId } = options;
  await requireSeriesAccess(db, seriesId, options.userId);
  const today = tehranDay(options.now ?? new Date());
  const [series, rows, categories] = await Promise.all([
    db.series.findUniqueOrThrow({ where: { id: seriesId }, select: { id: true, title: true } }),
    db.trackedItem.findMany({
      where: { seriesId },
      select: {
        id: true,
        status: true,
        due: true,
        categoryId: true,
        createdAt: true,
        responsibleBody: { select: { id: true, name: true } },
        events: { where: { field: "status", toStatus: "closed" }, orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } },
      },
    }),
    categoryNames(db, seriesId),
  ]);
  const items = rows.map((item) => ({ ...item, status: toTrackerStatus(item.status) }));
  const byStatus = TRACKER_STATUSES.map((status) => ({ status, count: items.filter((item) => item.status === status).length }));
  const live = items.filter((item) => item.status !== "withdrawn");
  const categoryCounts = new Map<string | null, number>();
  for (const item of live) {
    const key = item.categoryId !== null && categories.has(item.categoryId) ? item.categoryId : null;
    categoryCounts.set(key, (categoryCounts.get(key) ?? 0) + 1);
  }
  const byCategory = [...categoryCounts.entries()]
    .map(([id, count]) => ({ id, name: id === null ? "" : (categories.get(id) ?? ""), count }))
    .sort((a, b) => b.count - a.count || (a.id === null ? 1 : b.id === null ? -1 : a.name.localeCompare(b.name, "fa")));
  const bodies = new Map<string | null, { name: string; total: number; closed: number; days: number[] }>();
  for (const item of live) {
    const key = item.responsibleBody?.id ?? null;
    const figures = bodies.get(key) ?? { name: item.responsibleBody?.name ?? "", total: 0, closed: 0, days: [] };
    figures.total += 1;
    const closedAt = item.status === "closed" ? item.events[0]?.createdAt : undefined;
    if (item.status === "closed") figures.closed += 1;
    if (closedAt) figures.days.push((closedAt.getTime() - item.createdAt.getTime()) / DAY_MS);
    bodies.set(key, figures);
  }
  const byBody = [...bodies.entries()]
    .map(([id, figures]) => ({
      id,
      name: figures.name,
      total: figures.total,
      closed: figures.closed,
      closureRate: figures.total === 0 ? 0 : figures.closed / figures.total,
      medianDaysToClose: median(figures.days),
    }))
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, "fa"));
  return {
    series,
    total: items.length,
    overdue: live.filter((item) => isOverdue(item, today)).length,
    byStatus,
    byCategory,
    byBody,
  };
}
