// GET: recomputes a version's hash and re-reads its Yjs state, and says
// which check failed if any (members).
import { versionVerification } from "@/lib/contracts/versions";
import { answer } from "@/app/api/answer";
import { verifyMeetingVersion } from "@/server/domain/versions/verify-version";
import { jsonRoute } from "@/app/api/json-route";

interface Context {
  params: Promise<{ meetingId: string; versionNumber: string }>;
}

export function GET(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { meetingId, versionNumber } = await context.params;
    return answer(versionVerification, await verifyMeetingVersion({ db: services.db, userId: user.id, meetingId, versionNumber }));
  });
}
