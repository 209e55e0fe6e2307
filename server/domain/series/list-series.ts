// The series a user may read: those they organize and those of their meetings.
import type { Db } from "@/server/db/client";
import { seriesAccessOf } from "../access/series-access";
import { readSeriesViews, type SeriesView } from "./series-view";

export async function listSeries(options: { db: Db; userId: string }): Promise<SeriesView[]> {
  return readSeriesViews(options.db, await seriesAccessOf(options.db, options.userId));
}
