// GET: the series the user may read. POST: create a series (its creator organizes it).
import { seriesList, seriesView } from "@/lib/contracts/series";
import { answer } from "@/app/api/answer";
import { parseInput } from "@/lib/validation/parse-input";
import { createSeriesSchema } from "@/lib/validation/series";
import { createSeries } from "@/server/domain/series/create-series";
import { listSeries } from "@/server/domain/series/list-series";
import { jsonBody, jsonRoute } from "../json-route";

export function GET(request: Request): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) =>
    answer(seriesList, { series: await listSeries({ db: services.db, userId: user.id }) }),
  );
}

export function POST(request: Request): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const fields = parseInput(createSeriesSchema, await jsonBody(request));
    return answer(seriesView, await createSeries({ db: services.db, userId: user.id, fields }), { status: 201 });
  });
}
