// GET ?status=&category=&body=&meeting=&overdue=&sort=due: the series' tracked
// items across its meetings (any member of one of them), due dates in Jalali too.
import { trackerList } from "@/lib/contracts/tracker";
import { answer } from "@/app/api/answer";
import { listTrackerItems } from "@/server/domain/tracker/list-tracker-items";
import { requestLocale } from "@/app/api/error-response";
import { jsonRoute } from "@/app/api/json-route";
import { trackerFilterOf } from "./tracker-filter";

interface Context {
  params: Promise<{ seriesId: string }>;
}

export function GET(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { seriesId } = await context.params;
    const filter = trackerFilterOf(request);
    return answer(trackerList, await listTrackerItems({ db: services.db, userId: user.id, seriesId, filter, locale: requestLocale(request) }));
  });
}
