// GET: one series and its proposal categories, for a user who may read it.
import { seriesView } from "@/lib/contracts/series";
import { answer } from "@/app/api/answer";
import { getSeries } from "@/server/domain/series/get-series";
import { jsonRoute } from "@/app/api/json-route";

interface Context {
  params: Promise<{ seriesId: string }>;
}

export function GET(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { seriesId } = await context.params;
    return answer(seriesView, await getSeries({ db: services.db, userId: user.id, seriesId }));
  });
}
