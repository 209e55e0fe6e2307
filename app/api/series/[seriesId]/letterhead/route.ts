// GET: the series' letterhead (anyone who may read the series).
// PATCH {organisation, unit}: its texts (organizers of the series).
import { letterhead } from "@/lib/contracts/letterhead";
import { parseInput } from "@/lib/validation/parse-input";
import { letterheadTextSchema } from "@/lib/validation/letterhead";
import { getLetterhead, setLetterheadText } from "@/server/domain/series/letterhead";
import { answer } from "@/app/api/answer";
import { jsonBody, jsonRoute } from "@/app/api/json-route";

interface Context {
  params: Promise<{ seriesId: string }>;
}

export function GET(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { seriesId } = await context.params;
    return answer(letterhead, await getLetterhead({ db: services.db, userId: user.id, seriesId }));
  });
}

export function PATCH(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { seriesId } = await context.params;
    const fields = parseInput(letterheadTextSchema, await jsonBody(request));
    return answer(letterhead, await setLetterheadText({ db: services.db, userId: user.id, seriesId, fields }));
  });
}
