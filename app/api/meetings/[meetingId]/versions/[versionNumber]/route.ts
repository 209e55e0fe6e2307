// GET: one version, read-only: content, structured reading, the meeting's
// details at the lock, hash (members).
import { versionDetails } from "@/lib/contracts/versions";
import { answer } from "@/app/api/answer";
import { getVersion } from "@/server/domain/versions/get-version";
import { jsonRoute } from "@/app/api/json-route";

interface Context {
  params: Promise<{ meetingId: string; versionNumber: string }>;
}

export function GET(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { meetingId, versionNumber } = await context.params;
    return answer(versionDetails, await getVersion({ db: services.db, userId: user.id, meetingId, versionNumber }));
  });
}
