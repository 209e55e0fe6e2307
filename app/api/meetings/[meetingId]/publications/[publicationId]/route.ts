// DELETE: the organizer revokes a published link; it answers 404 from then on.
import { publicationSummary } from "@/lib/contracts/publications";
import { answer } from "@/app/api/answer";
import { revokePublication } from "@/server/domain/versions/revoke-publication";
import { jsonRoute } from "@/app/api/json-route";

interface Context {
  params: Promise<{ meetingId: string; publicationId: string }>;
}

export function DELETE(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { meetingId, publicationId } = await context.params;
    return answer(publicationSummary, await revokePublication({ db: services.db, events: services.minutesState, userId: user.id, meetingId, publicationId }));
  });
}
