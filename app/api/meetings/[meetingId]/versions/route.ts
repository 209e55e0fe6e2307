// GET: the meeting's versions, newest first, with the minutes' state and the
// live publications (members).
import { versionList } from "@/lib/contracts/versions";
import { answer } from "@/app/api/answer";
import { listVersions } from "@/server/domain/versions/list-versions";
import { jsonRoute } from "@/app/api/json-route";

interface Context {
  params: Promise<{ meetingId: string }>;
}

export function GET(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { meetingId } = await context.params;
    return answer(versionList, await listVersions({ db: services.db, userId: user.id, meetingId }));
  });
}
