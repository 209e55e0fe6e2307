// One tracked item with its history, for any member of a meeting of its series.
import { AppError } from "@/lib/app-error";
import type { Locale } from "@/lib/i18n/locales";
import { isId } from "@/lib/validation/fields";
import type { Db } from "@/server/db/client";
import { requireSeriesAccess } from "../access/series-access";
import { categoryNames, itemHistory, tehranDay, trackedItemInclude, trackedItemView, type TrackedItemWithHistoryView } from "./tracked-item-view";

export async function getTrackedItem(options: { db: Db; userId: string; itemId: string; locale?: Locale; now?: Date }): Promise<TrackedItemWithHistoryView> {
  const { db, itemId } = options;
  const item = isId(itemId) ? await db.trackedItem.findUnique({ where: { id: itemId }, include: trackedItemInclude }) : null;
  if (!item) throw new AppError("not_found", "no such tracked item for this user");
  await requireSeriesAccess(db, item.seriesId, options.userId);
  const view = trackedItemView(item, {
    locale: options.locale ?? "fa",
    today: tehranDay(options.now ?? new Date()),
    categories: await categoryNames(db, item.seriesId),
  });
  return { ...view, history: await itemHistory(db, itemId) };
}
