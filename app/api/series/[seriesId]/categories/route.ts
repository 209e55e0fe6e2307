// PUT: the series' whole new list of proposal categories (organizers of the series).
import { seriesView } from "@/lib/contracts/series";
import { answer } from "@/app/api/answer";
import { parseInput } from "@/lib/validation/parse-input";
import { editCategoriesSchema } from "@/lib/validation/series";
import { editSeriesCategories } from "@/server/domain/series/edit-series-categories";
import { jsonBody, jsonRoute } from "@/app/api/json-route";

interface Context {
  params: Promise<{ seriesId: string }>;
}

export function PUT(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { seriesId } = await context.params;
    const fields = parseInput(editCategoriesSchema, await jsonBody(request));
    return answer(seriesView, await editSeriesCategories({ db: services.db, userId: user.id, seriesId, fields }));
  });
}
