// POST {from, into}: merge two spellings of one responsible body (organizers);
// answers the series' new list of bodies.
import { responsibleBodyList } from "@/lib/contracts/responsible-bodies";
import { answer } from "@/app/api/answer";
import { parseInput } from "@/lib/validation/parse-input";
import { mergeResponsibleBodiesSchema } from "@/lib/validation/tracker";
import { mergeResponsibleBodies } from "@/server/domain/tracker/responsible-bodies";
import { jsonBody, jsonRoute } from "@/app/api/json-route";

interface Context {
  params: Promise<{ seriesId: string }>;
}

export function POST(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { seriesId } = await context.params;
    const { from, into } = parseInput(mergeResponsibleBodiesSchema, await jsonBody(request));
    return answer(responsibleBodyList, { bodies: await mergeResponsibleBodies({ db: services.db, userId: user.id, seriesId, from, into }) });
  });
}
