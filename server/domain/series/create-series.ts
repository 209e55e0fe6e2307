// Creates a series; its creator organizes it. Without categories it starts
// with the ten default ones.
import { DEFAULT_PROPOSAL_CATEGORIES } from "@/lib/proposal-categories";
import type { CreateSeriesFields } from "@/lib/validation/series";
import type { Db } from "@/server/db/client";
import { readSeriesView, type SeriesView } from "./series-view";

export async function createSeries(options: { db: Db; userId: string; fields: CreateSeriesFields }): Promise<SeriesView> {
  const categories = options.fields.categories ?? DEFAULT_PROPOSAL_CATEGORIES;
  return options.db.$transaction(async (tx) => {
    const series = await tx.series.create({
      data: {
        title: options.fields.title,
        categories: { create: categories.map((name, position) => ({ position, name })) },
        organizers: { create: { userId: options.userId } },
      },
      select: { id: true },
    });
    return readSeriesView(tx, series.id, "manage");
  });
}
