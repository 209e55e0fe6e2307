// Replaces a series' list of proposal categories: rename, reorder, add and
// remove in one step. A removed category is kept, marked removed, so proposals
// already filed under it keep their category; listing its id again restores it.
import type { EditCategoriesFields } from "@/lib/validation/series";
import type { Db } from "@/server/db/client";
import { planListEdit } from "../meetings/plan-list-edit";
import { requireSeriesManager } from "../access/series-access";
import { readSeriesView, type SeriesView } from "./series-view";

export async function editSeriesCategories(options: {
  db: Db;
  userId: string;
  seriesId: string;
  fields: EditCategoriesFields;
  now?: Date;
}): Promise<SeriesView> {
  const removedAt = options.now ?? new Date();
  return options.db.$transaction(async (tx) => {
    await requireSeriesManager(tx, options.seriesId, options.userId);
    const stored = await tx.proposalCategory.findMany({
      where: { seriesId: options.seriesId },
      select: { id: true, removedAt: true },
    });
    const plan = planListEdit({
      storedIds: stored.map((category) => category.id),
      items: options.fields.categories,
      field: "categories",
      unknownKey: "invalid.category.unknown",
    });
    for (const { id, position, item } of plan.keep) {
      await tx.proposalCategory.update({ where: { id }, data: { position, name: item.name, removedAt: null } });
    }
    for (const { position, item } of plan.add) {
      await tx.proposalCategory.create({ data: { seriesId: options.seriesId, position, name: item.name } });
    }
    const stillActive = stored.filter((category) => !category.removedAt && plan.drop.includes(category.id));
    await tx.proposalCategory.updateMany({
      where: { id: { in: stillActive.map((category) => category.id) } },
      data: { removedAt },
    });
    return readSeriesView(tx, options.seriesId, "manage");
  });
}
