// GET: the organizer about to lock sees the changes the minutes propose to
// tracked items (earlier meetings' carried follow-ups, and this meeting's own
// tracked since an earlier version), each with who typed it.
// POST {note?, accept?}: the organizer locks the minutes into the next version
// (201, the version's summary), applying the proposed changes whose keys are
// in `accept` and no other; 409 when they are locked already. The live
// collaboration server does the capture when it is running (services.minutes);
// otherwise the minutes are locked as stored.
import { lockedVersion, proposedChanges } from "@/lib/contracts/lock";
import { answer } from "@/app/api/answer";
import { lockMinutesSchema } from "@/lib/validation/versions";
import { parseInput } from "@/lib/validation/parse-input";
import { listProposedTrackerChanges } from "@/server/domain/tracker/list-proposed-tracker-changes";
import { storedMinutesLocker } from "@/server/domain/minutes/minutes-locker";
import { jsonBody, jsonRoute } from "@/app/api/json-route";

interface Context {
  params: Promise<{ meetingId: string }>;
}

export function GET(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { meetingId } = await context.params;
    return answer(proposedChanges, { changes: await listProposedTrackerChanges({ db: services.db, meetingId, userId: user.id }) });
  });
}

export function POST(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { meetingId } = await context.params;
    const { note, accept } = parseInput(lockMinutesSchema, (await jsonBody(request)) ?? {});
    const locker = services.minutes ?? storedMinutesLocker(services.db);
    return answer(lockedVersion, await locker.lock(meetingId, user.id, { note, accept }), { status: 201 });
  });
}
