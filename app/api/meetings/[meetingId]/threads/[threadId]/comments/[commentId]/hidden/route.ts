// PUT {hidden}: the organizer hides the comment from everyone else, or shows it again.
import { threadAnswer } from "@/lib/contracts/comments";
import { answer } from "@/app/api/answer";
import { hideCommentSchema } from "@/lib/validation/comments";
import { parseInput } from "@/lib/validation/parse-input";
import { hideComment } from "@/server/domain/comments/hide-comment";
import { jsonBody, jsonRoute } from "@/app/api/json-route";

interface Context {
  params: Promise<{ meetingId: string; threadId: string; commentId: string }>;
}

export function PUT(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { meetingId, threadId, commentId } = await context.params;
    const { hidden } = parseInput(hideCommentSchema, await jsonBody(request));
    const { db, comments: events } = services;
    return answer(threadAnswer, { thread: await hideComment({ db, events, userId: user.id, meetingId, threadId, commentId, hidden }) });
  });
}
