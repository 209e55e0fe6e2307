// GET: the series' responsible bodies (members, e.g. for suggestions while
// typing); POST {name, contact?}: add one (organizers; 409 for a name already
// listed under any spelling).
import { responsibleBody, responsibleBodyList } from "@/lib/contracts/responsible-bodies";
import { answer } from "@/app/api/answer";
import { parseInput } from "@/lib/validation/parse-input";
import { createResponsibleBodySchema } from "@/lib/validation/tracker";
import { createResponsibleBody, listResponsibleBodies } from "@/server/domain/tracker/responsible-bodies";
import { jsonBody, jsonRoute } from "@/app/api/json-route";

interface Context {
  params: Promise<{ seriesId: string }>;
}

export function GET(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { seriesId } = await context.params;
    return answer(responsibleBodyList, { bodies: await listResponsibleBodies({ db: services.db, userId: user.id, seriesId }) });
  });
}

export function POST(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { seriesId } = await context.params;
    const fields = parseInput(createResponsibleBodySchema, await jsonBody(request));
    return answer(responsibleBody, await createResponsibleBody({ db: services.db, userId: user.id, seriesId, fields }), { status: 201 });
  });
}
