// PATCH {body, mentions}: the author edits their comment. DELETE: the author
// deletes it. Both answer {thread}, null when no comment of it is left.
import { threadAnswer } from "@/lib/contracts/comments";
import { answer } from "@/app/api/answer";
import { commentSchema } from "@/lib/validation/comments";
import { parseInput } from "@/lib/validation/parse-input";
import { deleteComment } from "@/server/domain/comments/delete-comment";
import { editComment } from "@/server/domain/comments/edit-comment";
import { jsonBody, jsonRoute } from "@/app/api/json-route";

interface Context {
  params: Promise<{ meetingId: string; threadId: string; commentId: string }>;
}

export function PATCH(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { meetingId, threadId, commentId } = await context.params;
    const fields = parseInput(commentSchema, await jsonBody(request));
    const { db, comments: events } = services;
    return answer(threadAnswer, { thread: await editComment({ db, events, userId: user.id, meetingId, threadId, commentId, fields }) });
  });
}

export function DELETE(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { meetingId, threadId, commentId } = await context.params;
    const { db, comments: events } = services;
    return answer(threadAnswer, { thread: await deleteComment({ db, events, userId: user.id, meetingId, threadId, commentId }) });
  });
}
