// GET: one tracked item with its history (members of its series' meetings).
// PATCH {status?, note?, evidence?, evidenceLink?, responsibleBodyId?, due?}:
// the organizer changes its status (a skipped step needs a note) and may
// assign its body and Jalali due date, all or nothing.
import { trackedItemWithHistory } from "@/lib/contracts/tracker";
import { answer } from "@/app/api/answer";
import { parseInput } from "@/lib/validation/parse-input";
import { changeTrackedItemSchema } from "@/lib/validation/tracker";
import { changeItemStatus } from "@/server/domain/tracker/change-item-status";
import { getTrackedItem } from "@/server/domain/tracker/get-tracked-item";
import { requestLocale } from "@/app/api/error-response";
import { jsonBody, jsonRoute } from "@/app/api/json-route";

interface Context {
  params: Promise<{ itemId: string }>;
}

export function GET(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { itemId } = await context.params;
    return answer(trackedItemWithHistory, await getTrackedItem({ db: services.db, userId: user.id, itemId, locale: requestLocale(request) }));
  });
}

export function PATCH(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { itemId } = await context.params;
    const fields = parseInput(changeTrackedItemSchema, await jsonBody(request));
    return answer(trackedItemWithHistory, await changeItemStatus({ db: services.db, itemId, userId: user.id, fields, locale: requestLocale(request) }));
  });
}
