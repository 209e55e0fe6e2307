// GET: every live link of the meeting, newest first, for its organizer (the
// other members are refused, 403).
// POST {versionNumber, indexable?}: the organizer publishes one of the
// meeting's versions to a new read-only link (201); a version that has a live
// link answers that link (200) and gets no other. A number this meeting has
// no version of is refused (422) and nothing is published.
import { livePublicationList, publicationSummary } from "@/lib/contracts/publications";
import { answer } from "@/app/api/answer";
import { publishVersionSchema } from "@/lib/validation/versions";
import { parseInput } from "@/lib/validation/parse-input";
import { listLivePublications } from "@/server/domain/versions/list-live-publications";
import { publishVersion } from "@/server/domain/versions/publish-version";
import { jsonBody, jsonRoute } from "@/app/api/json-route";

interface Context {
  params: Promise<{ meetingId: string }>;
}

export function GET(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { meetingId } = await context.params;
    const publications = await listLivePublications({ db: services.db, userId: user.id, meetingId });
    return answer(livePublicationList, { publications });
  });
}

export function POST(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { meetingId } = await context.params;
    const { versionNumber, indexable } = parseInput(publishVersionSchema, await jsonBody(request));
    const { publication, created } = await publishVersion({
      db: services.db,
      events: services.minutesState,
      userId: user.id,
      meetingId,
      versionNumber,
      indexable,
    });
    return answer(publicationSummary, publication, { status: created ? 201 : 200 });
  });
}
