// POST {note?}: the organizer locks the minutes into the next version (201,
// the version's summary); 409 when they are locked already. The live
// collaboration server does the capture when it is running (services.minutes);
// otherwise the minutes are locked as stored.
import { lockMinutesSchema } from "../../../../../lib/validation/versions";
import { parseInput } from "../../../../../lib/validation/parse-input";
import { storedMinutesLocker } from "../../../../../server/domain/minutes-locker";
import { jsonBody, jsonRoute } from "../../../json-route";

interface Context {
  params: Promise<{ meetingId: string }>;
}

export function POST(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { meetingId } = await context.params;
    const { note } = parseInput(lockMinutesSchema, (await jsonBody(request)) ?? {});
    const locker = services.minutes ?? storedMinutesLocker(services.db);
    return Response.json(await locker.lock(meetingId, user.id, note), { status: 201 });
  });
}
