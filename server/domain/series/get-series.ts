// One series with its proposal categories, for a user who may read it.
import type { Db } from "@/server/db/client";
import { requireSeriesAccess } from "../access/series-access";
import { readSeriesView, type SeriesView } from "./series-view";

export async function getSeries(options: { db: Db; userId: string; seriesId: string }): Promise<SeriesView> {
  const access = await requireSeriesAccess(options.db, options.seriesId, options.userId);
  return readSeriesView(options.db, options.seriesId, access);
}
