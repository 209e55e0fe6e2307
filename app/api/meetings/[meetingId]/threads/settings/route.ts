// PUT {viewersSeeComments}: the organizer chooses whether viewers read the comments.
import { commentSettings } from "@/lib/contracts/comments";
import { answer } from "@/app/api/answer";
import { commentSettingsSchema } from "@/lib/validation/comments";
import { parseInput } from "@/lib/validation/parse-input";
import { setViewersSeeComments } from "@/server/domain/comments/set-viewers-see-comments";
import { jsonBody, jsonRoute } from "@/app/api/json-route";

interface Context {
  params: Promise<{ meetingId: string }>;
}

export function PUT(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { meetingId } = await context.params;
    const { viewersSeeComments } = parseInput(commentSettingsSchema, await jsonBody(request));
    const { db, comments: events } = services;
    return answer(commentSettings, await setViewersSeeComments({ db, events, userId: user.id, meetingId, viewersSeeComments }));
  });
}
