// GET: one version's Yjs state as bytes (members): the read-only document a
// page comments on. Immutable once locked, so it may be cached privately.
import { getVersionState } from "@/server/domain/versions/get-version-state";
import { jsonRoute } from "@/app/api/json-route";

interface Context {
  params: Promise<{ meetingId: string; versionNumber: string }>;
}

export function GET(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { meetingId, versionNumber } = await context.params;
    const state = await getVersionState({ db: services.db, userId: user.id, meetingId, versionNumber });
    return new Response(Buffer.from(state), {
      headers: { "content-type": "application/octet-stream", "cache-control": "private, max-age=31536000, immutable" },
    });
  });
}
