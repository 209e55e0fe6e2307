// POST {body, mentions}: a commenter replies in the thread (201, the thread).
import { threadView } from "@/lib/contracts/comments";
import { answer } from "@/app/api/answer";
import { commentSchema } from "@/lib/validation/comments";
import { parseInput } from "@/lib/validation/parse-input";
import { replyToThread } from "@/server/domain/comments/reply-to-thread";
import { jsonBody, jsonRoute } from "@/app/api/json-route";

interface Context {
  params: Promise<{ meetingId: string; threadId: string }>;
}

export function POST(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { meetingId, threadId } = await context.params;
    const fields = parseInput(commentSchema, await jsonBody(request));
    const { db, comments: events } = services;
    const thread = await replyToThread({ db, events, userId: user.id, meetingId, threadId, fields });
    return answer(threadView, thread, { status: 201 });
  });
}
