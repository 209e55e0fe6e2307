// POST: the organizer reopens locked minutes for revision; answers the
// minutes' new state. 409 when they are not locked.
import { reopenedMinutes } from "@/lib/contracts/minutes-state";
import { answer } from "@/app/api/answer";
import { storedMinutesLocker } from "@/server/domain/minutes/minutes-locker";
import { jsonRoute } from "@/app/api/json-route";

interface Context {
  params: Promise<{ meetingId: string }>;
}

export function POST(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { meetingId } = await context.params;
    const locker = services.minutes ?? storedMinutesLocker(services.db);
    return answer(reopenedMinutes, { state: await locker.reopen(meetingId, user.id) });
  });
}
